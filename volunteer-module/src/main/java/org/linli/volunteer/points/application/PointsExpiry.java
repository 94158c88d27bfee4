package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.points.domain.PointsRepository;

/**
 * An expiry run of the organization: every lot past its last valid day on {@code asOf} loses what
 * is left of it. Safe to repeat (a second run finds nothing left) and safe beside redemptions: it
 * holds the same locks in the same order (audit chain, then each volunteer's account).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PointsExpiry {
  @Inject PointsRepository points;
  @Inject PointsAccounts accounts;
  @Inject PointLots lots;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject AuditLog auditLog;

  public record Result(LocalDate asOf, int volunteers, long expiredPoints) {}

  public Result run(LocalDate asOf) {
    LocalDate today = LocalDate.now(PointsRules.CHINA);
    LocalDate day = asOf == null ? today : asOf;
    points.lockOrganizationPoints();
    int volunteers = 0;
    long total = 0;
    for (String volunteerId : points.volunteersWithLotsToExpire(day)) {
      ledgerAccounts.lockedBalance(accounts.of(volunteerId).id());
      long expired = lots.expire(volunteerId, day, today);
      if (expired > 0) {
        volunteers++;
        total += expired;
      }
    }
    auditLog.record(
        "POINTS_EXPIRY_RUN",
        "points_expiry",
        day.toString(),
        null,
        "{\"volunteers\":" + volunteers + ",\"expiredPoints\":" + total + "}");
    return new Result(day, volunteers, total);
  }
}
