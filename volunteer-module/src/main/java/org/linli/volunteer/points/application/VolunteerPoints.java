package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.domain.Account;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.points.domain.EarningRules;
import org.linli.volunteer.points.domain.PointLot;
import org.linli.volunteer.points.domain.PointsRepository;
import org.linli.volunteer.registration.application.VolunteerRegistry;

/** Staff views of a volunteer's points, and adjustments (awards) by an org admin. */
@ApplicationScoped
@Transactional
@TenantScoped
public class VolunteerPoints {
  @Inject VolunteerRegistry volunteers;
  @Inject PointsAccounts accounts;
  @Inject PointsRepository points;
  @Inject PointsRules rules;
  @Inject PointLots lots;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject AuditLog auditLog;

  /** Balance and every lot, oldest first. */
  public record View(String volunteerId, long balance, List<PointLot> lots) {}

  public View of(String volunteerId) {
    volunteers.get(volunteerId); // 404 for an unknown volunteer rather than a silent zero
    return new View(volunteerId, accounts.balanceOf(volunteerId), points.lotsOf(volunteerId));
  }

  /** Credits points with a reason (e.g. an award); they expire like earned points. */
  public PointLot adjust(String volunteerId, long amount, String reason) {
    if (amount <= 0 || amount > 1_000_000) {
      throw DomainException.invalidField("points", "INVALID_POINTS");
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED");
    }
    volunteers.get(volunteerId);
    points.lockOrganizationPoints();
    Account issued = accounts.issued();
    ledgerAccounts.lockedBalance(issued.id());
    Account volunteer = accounts.of(volunteerId);
    ledgerAccounts.lockedBalance(volunteer.id());
    LocalDate today = LocalDate.now(PointsRules.CHINA);
    EarningRules inForce = rules.inForce(today);
    String id = UUID.randomUUID().toString();
    PointLot lot =
        new PointLot(
            "adj:" + id,
            volunteerId,
            PointLot.Source.ADJUSTMENT,
            null,
            today,
            inForce.expiry().lastValidDay(today),
            amount,
            reason.strip(),
            Instant.now());
    lots.credit(
        "pts-adjust:" + id,
        "POINTS_ADJUSTED",
        lot,
        issued,
        volunteer,
        today,
        "积分调整 (" + reason.strip() + ")");
    auditLog.record(
        "POINTS_ADJUSTED",
        "volunteer",
        volunteerId,
        null,
        Json.createObjectBuilder()
            .add("lot", lot.id())
            .add("points", amount)
            .add("reason", reason.strip())
            .build()
            .toString());
    return lot;
  }
}
