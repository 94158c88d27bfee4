package org.linli.volunteer.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams.DateRange;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.activity.application.ActivityCommands.AddShift;
import org.linli.volunteer.activity.application.ActivityCommands.CreateActivity;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.activity.domain.ActivityStatus;
import org.linli.volunteer.activity.domain.Shift;
import org.linli.volunteer.registration.domain.AgePolicy;

/** Staff use cases on activities and their shifts. */
@ApplicationScoped
@Transactional
@TenantScoped
public class ActivityAdministration {
  @Inject ActivityRepository activities;
  @Inject AuditLog auditLog;

  public Activity create(CreateActivity cmd) {
    Activity activity = new Activity(UUID.randomUUID().toString(), cmd.details(), Instant.now());
    activities.add(activity);
    auditLog.record("ACTIVITY_CREATED", "activity", activity.id(), null, "{\"status\":\"DRAFT\"}");
    return activity;
  }

  public Activity publish(String activityId) {
    Activity activity = get(activityId);
    activity.publish(Instant.now());
    auditLog.record(
        "ACTIVITY_PUBLISHED",
        "activity",
        activityId,
        "{\"status\":\"DRAFT\"}",
        "{\"status\":\"PUBLISHED\"}");
    return activity;
  }

  public Activity close(String activityId) {
    Activity activity = get(activityId);
    String before = "{\"status\":\"" + activity.status() + "\"}";
    activity.close(Instant.now());
    auditLog.record("ACTIVITY_CLOSED", "activity", activityId, before, "{\"status\":\"CLOSED\"}");
    return activity;
  }

  public Shift addShift(AddShift cmd) {
    Activity activity = get(cmd.activityId());
    activity.requireEditable();
    int minimumAge = cmd.minimumAge() == null ? AgePolicy.MINIMUM_AGE : cmd.minimumAge();
    if (minimumAge < AgePolicy.MINIMUM_AGE) {
      throw DomainException.invalidField("minimumAge", "INVALID_MINIMUM_AGE");
    }
    Shift shift =
        new Shift(
            UUID.randomUUID().toString(),
            activity.id(),
            cmd.startsAt(),
            cmd.endsAt(),
            cmd.capacity(),
            cmd.requiredSkills() == null ? Set.of() : cmd.requiredSkills(),
            minimumAge,
            Instant.now());
    activities.addShift(shift);
    auditLog.record(
        "SHIFT_ADDED", "shift", shift.id(), null, "{\"capacity\":" + shift.capacity() + "}");
    return shift;
  }

  public Activity get(String activityId) {
    return activities
        .find(activityId)
        .orElseThrow(() -> DomainException.notFound("ACTIVITY_NOT_FOUND"));
  }

  /** One shift of the activity; a shift of another activity is not found here either. */
  public Shift shift(String activityId, String shiftId) {
    String activity = get(activityId).id();
    return activities
        .findShift(shiftId)
        .filter(s -> s.activityId().equals(activity))
        .orElseThrow(() -> DomainException.notFound("SHIFT_NOT_FOUND"));
  }

  public Page<Shift> shifts(String activityId, PageRequest page) {
    var after = page.afterInstantAndId();
    return page.page(
        activities.shiftsOf(
            get(activityId).id(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        s -> PageRequest.key(s.startsAt(), s.id()));
  }

  public Page<Activity> list(ActivityStatus status, DateRange period, PageRequest page) {
    return page.page(
        activities.list(
            status, period.fromInstant(), period.untilInstant(), page.afterId(), page.limit() + 1),
        Activity::id);
  }
}
