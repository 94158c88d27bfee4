package org.linli.volunteer.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.activity.application.ActivityCommands.CancelSignup;
import org.linli.volunteer.activity.application.ActivityCommands.SignUp;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.activity.domain.Shift;
import org.linli.volunteer.activity.domain.ShiftSignup;
import org.linli.volunteer.activity.domain.SignupStatus;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.shared.infrastructure.PlatformOverlapCheck;

/**
 * Sign-ups and cancellations. The shift's row is locked for the decision, so concurrent sign-ups
 * are admitted one at a time and never beyond capacity; a cancellation of a confirmed place
 * promotes the earliest waitlisted sign-up in the same transaction.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ShiftSignups {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject ActivityRepository activities;
  @Inject VolunteerRepository volunteers;
  @Inject PlatformOverlapCheck overlapCheck;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public ShiftSignup signUp(SignUp cmd) {
    Volunteer volunteer = whoSignsUp(cmd.volunteerId());
    Shift shift = lockedShift(cmd.shiftId());
    Instant now = Instant.now();
    if (cmd.volunteerId() != null && isStaff()) {
      shift.requireNotEnded(now); // staff may still add a volunteer who turned up late
    } else {
      shift.requireNotStarted(now);
    }
    activity(shift).requireOpenForSignup();
    volunteer.requireEligible(
        LocalDate.ofInstant(shift.startsAt(), CHINA), shift.minimumAge(), shift.requiredSkills());
    if (activities.hasLiveSignup(shift.id(), volunteer.id())) {
      throw DomainException.conflict("ALREADY_SIGNED_UP");
    }
    if (overlapCheck.overlaps(volunteer.personId(), shift.startsAt(), shift.endsAt(), shift.id())) {
      throw DomainException.rule("OVERLAPPING_SHIFT");
    }
    boolean placed = shift.takePlace();
    ShiftSignup signup =
        new ShiftSignup(
            UUID.randomUUID().toString(),
            shift,
            volunteer.id(),
            volunteer.personId(),
            placed,
            placed ? 0 : activities.nextWaitlistSeq(shift.id()),
            now);
    activities.addSignup(signup);
    auditLog.record(
        "SIGNED_UP", "shift_signup", signup.id(), null, "{\"status\":\"" + signup.status() + "\"}");
    return signup;
  }

  public ShiftSignup cancel(CancelSignup cmd) {
    Shift shift = lockedShift(cmd.shiftId());
    ShiftSignup signup =
        activities
            .findSignup(cmd.signupId())
            .filter(s -> s.shiftId().equals(shift.id()))
            .orElseThrow(() -> DomainException.notFound("SIGNUP_NOT_FOUND"));
    requireOwnOrStaff(signup.volunteerId());
    Instant now = Instant.now();
    shift.requireNotStarted(now);
    String before = "{\"status\":\"" + signup.status() + "\"}";
    if (signup.cancel(now)) {
      shift.releasePlace();
      activities
          .firstWaitlisted(shift.id())
          .ifPresent(
              next -> {
                shift.takePlace();
                next.promote(now);
                auditLog.record(
                    "PROMOTED_FROM_WAITLIST",
                    "shift_signup",
                    next.id(),
                    "{\"status\":\"WAITLISTED\"}",
                    "{\"status\":\"CONFIRMED\"}");
              });
    }
    auditLog.record(
        "SIGNUP_CANCELLED", "shift_signup", signup.id(), before, "{\"status\":\"CANCELLED\"}");
    return signup;
  }

  public Page<ShiftSignup> signupsOf(String shiftId, SignupStatus status, PageRequest page) {
    Shift shift =
        activities
            .findShift(shiftId)
            .orElseThrow(() -> DomainException.notFound("SHIFT_NOT_FOUND"));
    var after = page.afterInstantAndId();
    return page.page(
        activities.signupsOf(
            shift.id(),
            status,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        s -> PageRequest.key(s.createdAt(), s.id()));
  }

  /** Staff may sign up any volunteer of theirs; a volunteer only themselves. */
  private Volunteer whoSignsUp(String volunteerId) {
    if (volunteerId != null && isStaff()) {
      return volunteers
          .find(volunteerId)
          .orElseThrow(() -> DomainException.notFound("VOLUNTEER_NOT_FOUND"));
    }
    return volunteers
        .findByPerson(requestContext.personId())
        .filter(v -> volunteerId == null || v.id().equals(volunteerId))
        .orElseThrow(
            () ->
                DomainException.notFound("VOLUNTEER_NOT_FOUND")
                    .withMessage("VOLUNTEER_NOT_FOUND.SELF"));
  }

  private void requireOwnOrStaff(String volunteerId) {
    if (isStaff()) {
      return;
    }
    boolean own =
        volunteers
            .findByPerson(requestContext.personId())
            .map(v -> v.id().equals(volunteerId))
            .orElse(false);
    if (!own) {
      throw DomainException.notFound("SIGNUP_NOT_FOUND");
    }
  }

  private boolean isStaff() {
    return requestContext.hasOrgRole(OrgRole.STAFF.wireName())
        || requestContext.hasOrgRole(OrgRole.ORG_ADMIN.wireName());
  }

  private Shift lockedShift(String shiftId) {
    return activities
        .lockShift(shiftId)
        .orElseThrow(() -> DomainException.notFound("SHIFT_NOT_FOUND"));
  }

  private Activity activity(Shift shift) {
    return activities.find(shift.activityId()).orElseThrow();
  }
}
