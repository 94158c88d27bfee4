package org.linli.volunteer.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.linli.fund.purchase.application.ServiceOrderCompleted;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.record.domain.ServiceRecordRepository;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.registration.domain.VolunteerStatus;
import org.linli.volunteer.shared.infrastructure.PlatformOverlapCheck;

/**
 * A completed service order (工单) whose worker is an active volunteer of the provider becomes a
 * pending service record, inside the completing transaction. Pending, not approved: like every
 * record it waits for the organization's review (Art. 11), because approval is what credits the
 * time bank and reports the hours to the national platform, and the buyer may still reject the
 * visit (anomaly flags). Once per order: a replay finds the record of the order and adds nothing
 * (and the unique key on tenant + order id refuses a second one). A visit shorter than a minute, or
 * time already credited elsewhere to the same person, earns no record (audited).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ServiceOrderHours {
  @Inject VolunteerRepository volunteers;
  @Inject ServiceRecordRepository records;
  @Inject PlatformOverlapCheck overlapCheck;
  @Inject AuditLog auditLog;

  void onCompleted(@Observes ServiceOrderCompleted completed) {
    Volunteer volunteer =
        completed.workerPersonId() == null
            ? null
            : volunteers.findByPerson(completed.workerPersonId()).orElse(null);
    if (volunteer == null || volunteer.status() != VolunteerStatus.ACTIVE) {
      return; // staff, or not (or no longer) an active volunteer: no volunteer hours
    }
    if (records.findByServiceOrder(completed.orderId()).isPresent()) {
      return; // a replay: recorded once already
    }
    ServiceRecord.Facts facts =
        new ServiceRecord.Facts(
            null,
            null,
            "政府购买服务 " + completed.contractNo() + " " + completed.contractTitle(),
            completed.serviceDate(),
            completed.address(),
            completed.itemName() + " (工单 " + completed.orderId() + ")",
            completed.startedAt(),
            completed.endedAt(),
            completed.providerName(),
            completed.dispatchedBy());
    if (java.time.Duration.between(facts.startedAt(), facts.endedAt()).toMinutes() < 1) {
      skipped(completed, "TOO_SHORT");
      return;
    }
    if (overlapCheck.creditedElsewhere(
        volunteer.personId(), facts.startedAt(), facts.endedAt(), null)) {
      skipped(completed, "OVERLAPPING_SERVICE_TIME");
      return;
    }
    ServiceRecord record =
        ServiceRecord.fromServiceOrder(
            UUID.randomUUID().toString(),
            volunteer.id(),
            volunteer.personId(),
            completed.orderId(),
            facts,
            Instant.now());
    records.add(record);
    auditLog.record(
        "RECORD_FROM_SERVICE_ORDER",
        "service_record",
        record.id(),
        null,
        "{\"order\":\"" + completed.orderId() + "\",\"minutes\":" + record.minutes() + "}");
  }

  private void skipped(ServiceOrderCompleted completed, String why) {
    auditLog.record(
        "RECORD_NOT_MADE_FROM_SERVICE_ORDER",
        "purchase_order",
        completed.orderId(),
        null,
        "{\"reason\":\"" + why + "\"}");
  }
}
