package org.linli.volunteer.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.calendar.application.WorkingCalendars;
import org.linli.kernel.calendar.domain.WorkingCalendar;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.persistence.FlushedOnce;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.record.domain.ServiceRecordRepository;
import org.linli.volunteer.record.domain.WorkingDays;
import org.linli.volunteer.registration.application.VolunteerNames;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.registration.domain.VolunteerStatus;
import org.linli.volunteer.shared.infrastructure.PlatformOverlapCheck;

/**
 * Service records: staff entry with a reason, review (one by one or in bulk, all or nothing),
 * corrections as new records, the Art. 11 overdue list, and hours with star level.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ServiceRecords {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject ServiceRecordRepository records;
  @Inject WorkingCalendars calendars;
  @Inject VolunteerRepository volunteers;
  @Inject ActivityRepository activities;
  @Inject PlatformOverlapCheck overlapCheck;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject Event<ServiceHoursApproved> approvedEvents;
  @Inject FlushedOnce flushedOnce;

  @Inject StarLevels starLevels;
  @Inject VolunteerNames volunteerNames;

  public record Decision(boolean approve, String note) {}

  /** Reviewed records with the names of their volunteers, as the review answer shows them. */
  public record Reviewed(List<ServiceRecord> records, Map<String, VolunteerNames.Label> names) {}

  public ServiceRecord enter(String volunteerId, ServiceRecord.Facts facts, String reason) {
    Volunteer volunteer = volunteer(volunteerId);
    if (volunteer.status() == VolunteerStatus.PENDING) {
      throw DomainException.rule("VOLUNTEER_NOT_ACTIVE");
    }
    if (facts.activityId() != null && activities.find(facts.activityId()).isEmpty()) {
      throw DomainException.notFound("ACTIVITY_NOT_FOUND");
    }
    ServiceRecord record =
        ServiceRecord.enteredByStaff(
            UUID.randomUUID().toString(),
            volunteer.id(),
            volunteer.personId(),
            facts,
            reason,
            requestContext.actor(),
            Instant.now());
    requireNotCreditedElsewhere(record, null);
    records.add(record);
    auditLog.record(
        "RECORD_ENTERED",
        "service_record",
        record.id(),
        null,
        "{\"minutes\":" + record.minutes() + "}");
    return record;
  }

  public ServiceRecord correct(String recordId, ServiceRecord.Facts facts, String reason) {
    ServiceRecord original = get(recordId);
    ServiceRecord correction =
        original.correctedBy(
            UUID.randomUUID().toString(), facts, reason, requestContext.actor(), Instant.now());
    requireNotCreditedElsewhere(correction, original.id());
    records.add(correction);
    auditLog.record(
        "RECORD_CORRECTION_ENTERED",
        "service_record",
        correction.id(),
        null,
        "{\"corrects\":\"" + original.id() + "\"}");
    return correction;
  }

  public List<ServiceRecord> review(List<String> recordIds, Decision decision) {
    if (recordIds == null || recordIds.isEmpty() || recordIds.size() > 500) {
      throw DomainException.invalidField("recordIds", "INVALID_RECORD_IDS");
    }
    return recordIds.stream().distinct().map(id -> reviewOne(id, decision)).toList();
  }

  /**
   * {@link #review} and the volunteers' names in the same transaction (one transaction per review
   * request instead of two: issue 22).
   */
  public Reviewed reviewNamed(List<String> recordIds, Decision decision) {
    List<ServiceRecord> reviewed = review(recordIds, decision);
    return new Reviewed(reviewed, volunteerNames.of(reviewed, ServiceRecord::volunteerId));
  }

  private ServiceRecord reviewOne(String recordId, Decision decision) {
    ServiceRecord record = get(recordId);
    Instant now = Instant.now();
    if (decision.approve()) {
      record.approve(requestContext.actor(), decision.note(), now);
      if (record.correctsId() != null) {
        get(record.correctsId()).supersede(now);
      }
      var approved =
          new ServiceHoursApproved(
              requestContext.tenant().value(),
              record.id(),
              record.volunteerId(),
              record.personId(),
              record.minutes(),
              record.source(),
              record.activityId(),
              record.serviceDate(),
              record.correctsId(),
              record.location(),
              record.content(),
              record.activityName());
      // The observers (time bank, points, outbox) read only committed rows and what they flush.
      flushedOnce.run(() -> approvedEvents.fire(approved));
    } else {
      record.reject(requestContext.actor(), decision.note(), now);
    }
    auditLog.record(
        decision.approve() ? "RECORD_APPROVED" : "RECORD_REJECTED",
        "service_record",
        record.id(),
        "{\"status\":\"PENDING\"}",
        "{\"status\":\"" + record.status() + "\",\"minutes\":" + record.minutes() + "}");
    return record;
  }

  public ServiceRecord get(String recordId) {
    return records.find(recordId).orElseThrow(() -> DomainException.notFound("RECORD_NOT_FOUND"));
  }

  public Page<ServiceRecord> list(ServiceRecordRepository.Filter filter, PageRequest page) {
    return page.page(records.list(filter, page.afterId(), page.limit() + 1), ServiceRecord::id);
  }

  /**
   * A record pending past its Art. 11 deadline; the deadline is an estimate when a year it spans is
   * missing from the working-day calendar (counted Monday to Friday).
   */
  public record OverdueRecord(ServiceRecord record, LocalDate dueDate, boolean dueDateEstimated) {}

  /** Records still pending after the Art. 11 deadline of 10 working days. */
  public Page<OverdueRecord> overdue(PageRequest page) {
    WorkingCalendar calendar = calendars.current();
    var after = page.afterDateAndId();
    Page<ServiceRecord> pending =
        page.page(
            records.pendingServedOnOrBefore(
                WorkingDays.overdueIfServedOnOrBefore(calendar, LocalDate.now(CHINA)),
                after == null ? null : after.value(),
                after == null ? null : after.id(),
                page.limit() + 1),
            r -> PageRequest.key(r.serviceDate(), r.id()));
    return new Page<>(
        pending.items().stream()
            .map(
                r -> {
                  LocalDate due = WorkingDays.deadline(calendar, r.serviceDate());
                  boolean estimated = !calendar.fallbackYears(r.serviceDate(), due).isEmpty();
                  return new OverdueRecord(r, due, estimated);
                })
            .toList(),
        pending.nextCursor());
  }

  public record Hours(String volunteerId, long approvedMinutes, int stars) {}

  public Hours hoursOf(String volunteerId) {
    Volunteer volunteer = volunteer(volunteerId);
    long minutes = records.approvedMinutesOf(volunteer.id());
    return new Hours(
        volunteerId, minutes, starLevels.forRegion(volunteer.regionCode()).starsFor(minutes));
  }

  private void requireNotCreditedElsewhere(ServiceRecord record, String exceptId) {
    if (overlapCheck.creditedElsewhere(
        record.personId(), record.startedAt(), record.endedAt(), exceptId)) {
      throw DomainException.rule("OVERLAPPING_SERVICE_TIME");
    }
  }

  private Volunteer volunteer(String volunteerId) {
    return volunteers
        .find(volunteerId)
        .orElseThrow(() -> DomainException.notFound("VOLUNTEER_NOT_FOUND"));
  }
}
