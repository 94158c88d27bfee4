package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.domain.volunteer.Volunteer;
import org.linli.volunteer.domain.volunteer.VolunteerRepository;
import org.linli.volunteer.points.domain.LeaderboardNames;
import org.linli.volunteer.points.domain.PointsRepository;

/**
 * The organization's leaderboard: points earned in a year (what was earned, not what is left, so
 * spending never costs a place), names masked, and volunteers who opted out left out.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Leaderboard {
  public static final int SIZE = 100;

  @Inject PointsRepository points;
  @Inject VolunteerRepository volunteers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** One place; equal points share a rank (1, 2, 2, 4). */
  public record Entry(int rank, String volunteerNo, String maskedName, long points) {}

  public List<Entry> of(Integer year) {
    int y = year == null ? LocalDate.now(PointsRules.CHINA).getYear() : year;
    if (y < 2000 || y > 2999) {
      throw DomainException.invalidField("year", "INVALID_YEAR");
    }
    List<Entry> entries = new ArrayList<>();
    long previous = -1;
    int rank = 0;
    for (PointsRepository.Standing s : points.standings(y, SIZE)) {
      int position = entries.size() + 1;
      if (s.points() != previous) {
        rank = position;
        previous = s.points();
      }
      entries.add(new Entry(rank, s.volunteerNo(), LeaderboardNames.mask(s.name()), s.points()));
    }
    return entries;
  }

  /** The signed-in volunteer leaves (true) or rejoins (false) the leaderboard. */
  public boolean participate(boolean optOut) {
    Volunteer me =
        volunteers
            .findByPerson(requestContext.personId())
            .orElseThrow(
                () ->
                    DomainException.notFound("VOLUNTEER_NOT_FOUND")
                        .withMessage("VOLUNTEER_NOT_FOUND.SELF"));
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
}
