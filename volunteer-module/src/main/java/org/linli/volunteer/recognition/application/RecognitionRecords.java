package org.linli.volunteer.recognition.application;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.volunteer.recognition.domain.RecognitionRecord;
import org.linli.volunteer.recognition.domain.RecognitionRecordRepository;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.domain.Volunteer;

/**
 * What the training and award use cases share: staff record one for a volunteer; a correction
 * replaces an earlier record of the same volunteer, once; lists are newest first, and the records a
 * later one corrects are flagged. The subclasses bind the transaction and the tenant.
 *
 * @param <R> the kind of record
 * @param <F> its facts
 */
public abstract class RecognitionRecords<R extends RecognitionRecord, F> {
  @Inject VolunteerRegistry volunteers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  private final Kind kind;

  /** The audit action and table, and the problem codes, of one kind of record. */
  protected record Kind(
      String auditAction, String auditTable, String notFound, String alreadyCorrected) {}

  protected RecognitionRecords(Kind kind) {
    this.kind = kind;
  }

  protected abstract RecognitionRecordRepository<R> repository();

  protected abstract R create(
      String id, RecognitionRecord.Origin origin, F facts, String by, Instant now);

  /** Adds what the audit entry says of this kind of record (after the volunteer's id). */
  protected abstract void describe(R record, JsonObjectBuilder auditEntry);

  /** {@code correction} null: a first record; otherwise it replaces an earlier one. */
  public R record(String volunteerId, F facts, Correction correction) {
    Volunteer volunteer = volunteers.get(volunteerId);
    String correctsId = correction == null ? null : correction.recordId();
    if (correctsId != null) {
      requireCorrectable(volunteer, correctsId);
    }
    R record =
        create(
            UUID.randomUUID().toString(),
            new RecognitionRecord.Origin(
                volunteer.id(),
                volunteer.personId(),
                correctsId,
                correction == null ? null : correction.reason()),
            facts,
            requestContext.actor(),
            Instant.now());
    try {
      repository().add(record);
    } catch (PersistenceException e) {
      // Two corrections of one record raced; UNIQUE (tenant_id, corrects_id) let only one in.
      if (correctsId == null) {
        throw e;
      }
      throw alreadyCorrected();
    }
    JsonObjectBuilder entry = Json.createObjectBuilder().add("volunteerId", volunteer.id());
    describe(record, entry);
    auditLog.record(
        kind.auditAction(),
        kind.auditTable(),
        record.id(),
        null,
        entry.add("corrects", correctsId == null ? "" : correctsId).build().toString());
    return record;
  }

  public Page<R> of(String volunteerId, PageRequest page) {
    var after = page.afterDateAndId();
    return page.page(
        repository()
            .ofVolunteer(
                volunteers.get(volunteerId).id(),
                after == null ? null : after.value(),
                after == null ? null : after.id(),
                page.limit() + 1),
        r -> PageRequest.key(r.date(), r.id()));
  }

  /** The ids among {@code records} that a later record corrects. */
  public Set<String> superseded(List<R> records) {
    return repository().correctedAmong(records.stream().map(RecognitionRecord::id).toList());
  }

  private void requireCorrectable(Volunteer volunteer, String correctsId) {
    repository()
        .find(correctsId)
        .filter(r -> r.volunteerId().equals(volunteer.id()))
        .orElseThrow(() -> DomainException.notFound(kind.notFound()));
    if (repository().correctionOf(correctsId).isPresent()) {
      throw alreadyCorrected();
    }
  }

  private DomainException alreadyCorrected() {
    return DomainException.conflict(kind.alreadyCorrected());
  }
}
