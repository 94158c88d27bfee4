package org.linli.volunteer.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.crypto.KeyedHasher;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.activity.domain.Shift;
import org.linli.volunteer.activity.domain.SignupStatus;
import org.linli.volunteer.attendance.domain.Attendance;
import org.linli.volunteer.attendance.domain.AttendanceRepository;
import org.linli.volunteer.attendance.domain.AttendanceStatus;
import org.linli.volunteer.attendance.domain.CheckinCodes;
import org.linli.volunteer.attendance.domain.Geo;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.record.domain.ServiceRecordRepository;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.shared.infrastructure.PlatformOverlapCheck;

/**
 * Check-in and check-out: by the code staff display plus the volunteer's position inside the
 * activity's radius, or by staff by hand with a reason. Closing an attendance creates the pending
 * service record for the time spent inside the shift.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class AttendanceDesk {
  static final Duration EARLIEST_CHECK_IN = Duration.ofMinutes(30);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final String MISSING_CHECKOUT_NOTE =
      "缺少签退，时长按班次结束计，待核实 (missing check-out: counted to the shift end)";

  @Inject ActivityRepository activities;
  @Inject VolunteerRepository volunteers;
  @Inject AttendanceRepository attendances;
  @Inject ServiceRecordRepository records;
  @Inject PlatformOverlapCheck overlapCheck;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject KeyedHasher hasher;

  public record DisplayedCode(String code, String qrPayload, Instant validUntil) {}

  public record Position(double latitude, double longitude) {}

  public DisplayedCode displayCode(String shiftId) {
    Shift shift = shift(shiftId);
    Instant now = Instant.now();
    String tenant = requestContext.tenant().value();
    String code = codes().codeFor(tenant, shift.id(), now);
    return new DisplayedCode(
        code,
        "linli:checkin:v1:" + tenant + ":" + shift.id() + ":" + code,
        codes().validUntil(now));
  }

  public Attendance checkIn(String shiftId, String code, Position at) {
    Volunteer volunteer = self();
    Shift shift = shift(shiftId);
    requireCodeAndPlace(shift, code, at);
    Instant now = Instant.now();
    if (now.isBefore(shift.startsAt().minus(EARLIEST_CHECK_IN))) {
      throw DomainException.rule("TOO_EARLY_TO_CHECK_IN");
    }
    shift.requireNotEnded(now);
    boolean confirmed =
        activities.signupsOf(shift.id()).stream()
            .anyMatch(
                s ->
                    s.volunteerId().equals(volunteer.id()) && s.status() == SignupStatus.CONFIRMED);
    if (!confirmed) {
      throw DomainException.rule("NOT_SIGNED_UP");
    }
    requireFirstAttendance(shift, volunteer);
    Attendance attendance =
        Attendance.byCode(
            UUID.randomUUID().toString(), shift.id(), volunteer.id(), volunteer.personId(), now);
    attendances.add(attendance);
    auditLog.record("CHECKED_IN", "attendance", attendance.id(), null, "{\"method\":\"CODE\"}");
    return attendance;
  }

  public Attendance checkOut(String shiftId, String code, Position at) {
    Volunteer volunteer = self();
    Shift shift = shift(shiftId);
    requireCodeAndPlace(shift, code, at);
    Attendance attendance =
        attendances
            .of(shift.id(), volunteer.id())
            .orElseThrow(() -> DomainException.rule("NOT_CHECKED_IN"));
    attendance.checkOut(Instant.now());
    recordService(attendance, shift, false, null, true);
    auditLog.record(
        "CHECKED_OUT",
        "attendance",
        attendance.id(),
        "{\"status\":\"OPEN\"}",
        "{\"status\":\"CLOSED\"}");
    return attendance;
  }

  public Attendance manual(
      String shiftId, String volunteerId, Instant in, Instant out, String reason) {
    Shift shift = shift(shiftId);
    Volunteer volunteer =
        volunteers
            .find(volunteerId)
            .orElseThrow(() -> DomainException.notFound("VOLUNTEER_NOT_FOUND"));
    if (in.isAfter(Instant.now()) || (out != null && out.isAfter(Instant.now()))) {
      throw DomainException.rule("ATTENDANCE_IN_FUTURE");
    }
    requireFirstAttendance(shift, volunteer);
    Attendance attendance =
        Attendance.manual(
            UUID.randomUUID().toString(),
            shift.id(),
            volunteer.id(),
            volunteer.personId(),
            in,
            reason);
    attendances.add(attendance);
    if (out != null) {
      attendance.checkOut(out);
      recordService(attendance, shift, true, reason, true);
    }
    auditLog.record(
        "CHECKED_IN_MANUALLY", "attendance", attendance.id(), null, "{\"method\":\"MANUAL\"}");
    return attendance;
  }

  /** After the shift: open attendances are flagged and their time capped at the shift's end. */
  public List<Attendance> closeMissingCheckouts(String shiftId) {
    Shift shift = shift(shiftId);
    if (Instant.now().isBefore(shift.endsAt())) {
      throw DomainException.rule("SHIFT_NOT_ENDED");
    }
    List<Attendance> open =
        attendances.ofShift(shift.id()).stream()
            .filter(a -> a.status() == AttendanceStatus.OPEN)
            .toList();
    for (Attendance attendance : open) {
      attendance.flagMissingCheckout(shift.endsAt());
      recordService(
          attendance, shift, "MANUAL".equals(attendance.method()), MISSING_CHECKOUT_NOTE, false);
      auditLog.record(
          "MISSING_CHECKOUT_FLAGGED",
          "attendance",
          attendance.id(),
          "{\"status\":\"OPEN\"}",
          "{\"status\":\"MISSING_CHECKOUT\"}");
    }
    return open;
  }

  public Page<Attendance> ofShift(String shiftId, PageRequest page) {
    var after = page.afterInstantAndId();
    return page.page(
        attendances.ofShift(
            shift(shiftId).id(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        a -> PageRequest.key(a.checkedInAt(), a.id()));
  }

  /**
   * Creates the pending record for the time inside the shift. Time already credited elsewhere is
   * refused ({@code strict}) or, when flagging missing check-outs, left without a record.
   */
  private void recordService(
      Attendance attendance, Shift shift, boolean manual, String note, boolean strict) {
    Attendance.ServiceSpan span = attendance.serviceSpan(shift.startsAt(), shift.endsAt());
    if (span.minutes() < 1) {
      return;
    }
    if (overlapCheck.creditedElsewhere(attendance.personId(), span.from(), span.to(), null)) {
      if (strict) {
        throw DomainException.rule("OVERLAPPING_SERVICE_TIME");
      }
      return;
    }
    Activity activity = activities.find(shift.activityId()).orElseThrow();
    ServiceRecord record =
        ServiceRecord.fromAttendance(
            UUID.randomUUID().toString(),
            attendance.volunteerId(),
            attendance.personId(),
            new ServiceRecord.Facts(
                activity.id(),
                shift.id(),
                activity.title(),
                LocalDate.ofInstant(span.from(), CHINA),
                activity.address(),
                activity.serviceCategory() + "：" + activity.title(),
                span.from(),
                span.to(),
                activity.organizer(),
                activity.responsiblePerson()),
            manual,
            note,
            requestContext.actor(),
            Instant.now());
    records.add(record);
    attendance.linkRecord(record.id());
  }

  private void requireCodeAndPlace(Shift shift, String code, Position at) {
    if (!codes().isValid(requestContext.tenant().value(), shift.id(), code, Instant.now())) {
      throw DomainException.rule("INVALID_CHECKIN_CODE");
    }
    Activity activity = activities.find(shift.activityId()).orElseThrow();
    double distance =
        Geo.distanceMeters(
            activity.latitude(), activity.longitude(), at.latitude(), at.longitude());
    if (distance > activity.checkinRadiusMeters()) {
      throw DomainException.rule("OUTSIDE_CHECKIN_RADIUS").with(Math.round(distance));
    }
  }

  private void requireFirstAttendance(Shift shift, Volunteer volunteer) {
    if (attendances.of(shift.id(), volunteer.id()).isPresent()) {
      throw DomainException.conflict("ALREADY_CHECKED_IN");
    }
  }

  private Volunteer self() {
    return volunteers
        .findByPerson(requestContext.personId())
        .orElseThrow(
            () ->
                DomainException.notFound("VOLUNTEER_NOT_FOUND")
                    .withMessage("VOLUNTEER_NOT_FOUND.SELF"));
  }

  private Shift shift(String shiftId) {
    return activities
        .findShift(shiftId)
        .orElseThrow(() -> DomainException.notFound("SHIFT_NOT_FOUND"));
  }

  private CheckinCodes codes() {
    return new CheckinCodes(hasher::hash);
  }
}
