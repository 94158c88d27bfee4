package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.points.domain.EarningRules;
import org.linli.volunteer.points.domain.PointLot;
import org.linli.volunteer.points.domain.PointsRepository;
import org.linli.volunteer.record.application.ServiceHoursApproved;
import org.linli.volunteer.record.application.ServiceRecords;
import org.linli.volunteer.record.domain.ServiceRecord;

/**
 * Approved service earns points inside the approving transaction (if posting fails, the approval
 * rolls back too). Only service with check-in evidence earns: records staff entered without a
 * check-in earn nothing, and a correction earns as the record it corrects did (ADR 0008). Approving
 * a correction first claws back what is left of the corrected record's points.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PointsEarning {
  private static final int MAX_CORRECTION_CHAIN = 100;
  private static final String CHECK_IN = "CHECK_IN";

  @Inject PointsRules rules;
  @Inject PointsAccounts accounts;
  @Inject PointLots lots;
  @Inject PointsRepository points;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject LedgerPostings postings;
  @Inject ServiceRecords records;
  @Inject ActivityRepository activities;
  @Inject AuditLog auditLog;

  void onApproved(@Observes ServiceHoursApproved approved) {
    String txId = "pts-earn:" + approved.recordId();
    if (postings.posted(txId) || points.lotOfRecord(approved.recordId()).isPresent()) {
      return; // a replay of the approval: earned once already
    }
    String correctsId = approved.correctsId();
    // A plain record is judged by its own source; only a correction walks back to its origin.
    boolean earns =
        correctsId == null
            ? CHECK_IN.equals(approved.source())
            : hasCheckInEvidence(records.get(approved.recordId()));
    if (!earns && correctsId == null) {
      return; // staff-entered hours: nothing to earn, nothing to take back
    }
    // A correction reads the corrected lot and takes back what is left of it: under the points
    // lock, so a redemption cannot spend it meanwhile. Plain earning only adds a lot.
    if (correctsId != null) {
      points.lockOrganizationPoints();
    }
    var corrected = correctsId == null ? null : points.lotOfRecord(correctsId).orElse(null);
    if (!earns && corrected == null) {
      return;
    }
    PointsAccounts.EarningAccounts earning = accounts.forEarning(approved.volunteerId());
    Account issued = earning.issued();
    ledgerAccounts.lockedBalance(issued.id());
    Account volunteer = earning.volunteer();
    ledgerAccounts.lockedBalance(volunteer.id());
    LocalDate today = LocalDate.now(PointsRules.CHINA);
    if (corrected != null) {
      clawBack(corrected, issued, volunteer, approved.recordId(), today);
    }
    if (!earns) {
      return;
    }
    EarningRules inForce = rules.inForce(today);
    String category =
        approved.activityId() == null
            ? null
            : activities.find(approved.activityId()).map(Activity::serviceCategory).orElse(null);
    long earned =
        inForce.pointsFor(approved.minutes(), category) + rules.bonusOf(approved.activityId());
    if (earned <= 0) {
      return;
    }
    PointLot lot =
        new PointLot(
            "earn:" + approved.recordId(),
            approved.volunteerId(),
            PointLot.Source.EARNING,
            approved.recordId(),
            today,
            inForce.expiry().lastValidDay(today),
            earned,
            null,
            Instant.now());
    lots.credit(
        txId,
        "POINTS_EARNED",
        lot,
        issued,
        volunteer,
        today,
        "服务积分 (service record " + approved.recordId() + ")");
  }

  /**
   * Service checked in by the volunteer earns; a correction is judged by the record it corrects
   * (staff fixing the times of a checked-in service must not cost the volunteer the points).
   */
  private boolean hasCheckInEvidence(ServiceRecord record) {
    ServiceRecord origin = record;
    for (int i = 0; origin.correctsId() != null && i < MAX_CORRECTION_CHAIN; i++) {
      origin = records.get(origin.correctsId());
    }
    return CHECK_IN.equals(origin.source());
  }

  /** Takes back what is left of the corrected record's lot; points already spent stay spent. */
  private void clawBack(
      PointLot corrected, Account issued, Account volunteer, String byRecord, LocalDate today) {
    String txId = "pts-clawback:" + corrected.recordId();
    if (postings.posted(txId)) {
      return;
    }
    long amount = corrected.clawBack();
    if (amount == 0) {
      return;
    }
    postings.post(
        LedgerTransaction.builder(txId, "POINTS_CLAWBACK", today)
            .memo("更正收回积分 (record " + corrected.recordId() + " corrected by " + byRecord + ")")
            .post(volunteer.id(), Unit.POINT, -amount)
            .post(issued.id(), Unit.POINT, amount)
            .build());
  }
}
