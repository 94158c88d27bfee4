package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.points.domain.LeaderboardNames;
import org.linli.volunteer.points.domain.PointsRepository;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/**
 * The organization's leaderboard: points earned in a year (what was earned, not what is left, so
 * spending never costs a place), names masked, and volunteers who opted out left out.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Leaderboard {
  @Inject PointsRepository points;
  @Inject VolunteerRepository volunteers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** One place; equal points share a rank (1, 2, 2, 4). */
  public record Entry(int rank, String volunteerNo, String maskedName, long points) {}

  public Page<Entry> of(Integer year, PageRequest page) {
    int y = year == null ? LocalDate.now(PointsRules.CHINA).getYear() : year;
    if (y < 2000 || y > 2999) {
      throw DomainException.invalidField("year", "INVALID_YEAR");
    }
    var after = page.afterLongAndId();
    var standings =
        page.page(
            points.standings(
                y,
                after == null ? null : after.value(),
                after == null ? null : after.id(),
                page.limit() + 1),
            s -> PageRequest.key(s.points(), s.volunteerNo()));
    return new Page<>(
        standings.items().stream()
            .map(
                s ->
                    new Entry(
                        s.rank(), s.volunteerNo(), LeaderboardNames.mask(s.name()), s.points()))
            .toList(),
        standings.nextCursor());
  }

  /** Whether the signed-in volunteer has left the leaderboard (true) or is on it (false). */
  public boolean optedOut() {
    return points.optedOut(me().id());
  }

  /** The signed-in volunteer leaves (true) or rejoins (false) the leaderboard. */
  public boolean participate(boolean optOut) {
    Volunteer me = me();
    boolean before = points.optedOut(me.id());
    if (optOut) {
      points.optOut(me.id(), Instant.now());
    } else {
      points.optIn(me.id());
    }
    auditLog.record(
        "POINTS_LEADERBOARD_PARTICIPATION",
        "volunteer",
        me.id(),
        "{\"optOut\":" + before + "}",
        "{\"optOut\":" + optOut + "}");
    return optOut;
  }

  private Volunteer me() {
    return volunteers
        .findByPerson(requestContext.personId())
        .orElseThrow(
            () ->
                DomainException.notFound("VOLUNTEER_NOT_FOUND")
                    .withMessage("VOLUNTEER_NOT_FOUND.SELF"));
  }
}
