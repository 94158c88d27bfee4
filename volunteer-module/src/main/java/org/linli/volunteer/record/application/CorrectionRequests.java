package org.linli.volunteer.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.record.domain.CorrectionRequest;
import org.linli.volunteer.record.domain.CorrectionRequestRepository;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/** Volunteers ask for corrections of their own records; staff correct or decline them. */
@ApplicationScoped
@Transactional
@TenantScoped
public class CorrectionRequests {
  @Inject CorrectionRequestRepository requests;
  @Inject ServiceRecords records;
  @Inject VolunteerRepository volunteers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** Only the volunteer the record belongs to may ask; anyone else sees no such record. */
  public CorrectionRequest request(String recordId, String message) {
    ServiceRecord record = records.get(recordId);
    boolean own =
        volunteers
            .findByPerson(requestContext.personId())
            .map(v -> v.id().equals(record.volunteerId()))
            .orElse(false);
    if (!own) {
      throw DomainException.notFound("RECORD_NOT_FOUND");
    }
    if (requests.hasOpenFor(record.id())) {
      throw DomainException.conflict("REQUEST_ALREADY_OPEN");
    }
    CorrectionRequest request =
        new CorrectionRequest(UUID.randomUUID().toString(), record, message, Instant.now());
    requests.add(request);
    auditLog.record(
        "CORRECTION_REQUESTED",
        "correction_request",
        request.id(),
        null,
        "{\"record\":\"" + record.id() + "\"}");
    return request;
  }

  /** Staff correct the record (a new pending record) and close the request in one step. */
  public CorrectionRequest correct(String requestId, ServiceRecord.Facts facts, String reason) {
    CorrectionRequest request = get(requestId);
    ServiceRecord correction = records.correct(request.recordId(), facts, reason);
    request.corrected(correction.id(), requestContext.actor(), Instant.now());
    auditLog.record(
        "CORRECTION_REQUEST_CORRECTED",
        "correction_request",
        request.id(),
        "{\"status\":\"OPEN\"}",
        "{\"status\":\"CORRECTED\"}");
    return request;
  }

  public CorrectionRequest decline(String requestId, String explanation) {
    CorrectionRequest request = get(requestId);
    request.decline(explanation, requestContext.actor(), Instant.now());
    auditLog.record(
        "CORRECTION_REQUEST_DECLINED",
        "correction_request",
        request.id(),
        "{\"status\":\"OPEN\"}",
        "{\"status\":\"DECLINED\"}");
    return request;
  }

  /** Requests in {@code status} (default OPEN, the ones staff must handle), oldest first. */
  public Page<CorrectionRequest> list(String status, PageRequest page) {
    var after = page.afterInstantAndId();
    return page.page(
        requests.list(
            status == null ? "OPEN" : status,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        r -> PageRequest.key(r.createdAt(), r.id()));
  }

  private CorrectionRequest get(String requestId) {
    return requests
        .find(requestId)
        .orElseThrow(() -> DomainException.notFound("REQUEST_NOT_FOUND"));
  }
}
