package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.record.application.ServiceHoursApproved;
import org.linli.volunteer.timebank.domain.DepositPlan;
import org.linli.volunteer.timebank.domain.TimeBankRules;

/**
 * Deposits approved service hours into the time bank, inside the approving transaction: if the
 * deposit fails, the approval rolls back too. Approving a correction reverses the corrected
 * record's deposit first. Staff-entered records (source STAFF) deposit like check-ins; only points
 * will treat them differently. The activity's service category weights the minutes; group
 * activities may deposit donate-only hours; a deceased holder's hours go to the pool (ADR 0007).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class TimeDeposits {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject TimeAccounts accounts;
  @Inject TimeBankRuleBook ruleBook;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject LedgerPostings postings;
  @Inject ActivityRepository activities;
  @Inject DeceasedSettlements settlements;

  void onApproved(@Observes ServiceHoursApproved approved) {
    String txId = "tb-deposit:" + approved.recordId();
    // A replay is a no-op even on a later day or after the balance moved (which would change the
    // content, and the ledger would refuse the reused id).
    if (approved.minutes() <= 0 || postings.posted(txId)) {
      return;
    }
    // Everything that needs no lock is read first: the issued account is the organization's hot
    // row, and from its lock to the commit every other deposit of the organization waits.
    TimeAccounts.DepositAccounts own = accounts.forDeposit(approved.volunteerId());
    Account issued = own.issued();
    String corrects = approved.correctsId();
    LocalDate today = LocalDate.now(CHINA);
    // The rules in force on the posting's date decide weight, cap and donate-only.
    TimeBankRules rules = ruleBook.inForce(today);
    Optional<Activity> activity =
        Optional.ofNullable(approved.activityId()).flatMap(activities::find);
    String category = activity.map(Activity::serviceCategory).orElse(null);
    boolean donateOnly =
        rules.groupActivityDonateOnly() && activity.map(Activity::groupActivity).orElse(false);
    Account credit = own.credit();
    // Issued before any other time account: locking it serializes an organization's deposits, so
    // two concurrent approvals cannot both see room under a volunteer's cap, and batches in
    // different orders cannot deadlock (the ledger engine then locks in id order, holding it).
    ledgerAccounts.lockedBalance(issued.id());
    reverseCorrected(approved.recordId(), corrects);
    long creditBalance = ledgerAccounts.lockedBalance(credit.id());
    // Read under the credit lock, which a deceased holder's settlement takes too: a settlement
    // committed meanwhile is seen, and its holder's hours go to the pool.
    DepositPlan.Deposit deposit =
        new DepositPlan.Deposit(
            rules.weighted(category, approved.minutes()),
            donateOnly,
            settlements.settled(approved.volunteerId()));
    DepositPlan plan = DepositPlan.of(deposit, creditBalance, rules.capMinutes());
    if (plan.total() == 0) {
      return; // a category weighted 0 earns nothing
    }
    // The record id makes the transaction id, so the ledger itself refuses a second deposit. The
    // issued account gives exactly what is credited, so the weighted value balances.
    LedgerTransaction.Builder tx =
        LedgerTransaction.builder(txId, "TIME_DEPOSIT", today)
            .memo("服务时长入账 (service record " + approved.recordId() + ")")
            .post(issued.id(), Unit.HOUR, -plan.total());
    if (plan.toCredit() > 0) {
      tx.post(credit.id(), Unit.HOUR, plan.toCredit());
    }
    if (plan.toDonateOnly() > 0) {
      tx.post(accounts.donateOnly(approved.volunteerId()).id(), Unit.HOUR, plan.toDonateOnly());
    }
    if (plan.toPool() > 0) {
      tx.post(accounts.pool().id(), Unit.HOUR, plan.toPool());
    }
    postings.post(tx.build());
  }

  /**
   * An approved correction supersedes the record it corrects: that record's deposit is reversed in
   * full (pool part included) before the correction deposits, so hours are never counted twice.
   */
  private void reverseCorrected(String recordId, String corrects) {
    if (corrects != null && postings.posted("tb-deposit:" + corrects)) {
      postings.reverse(
          "tb-deposit:" + corrects,
          "tb-reversal:" + corrects,
          "更正冲销 (superseded by " + recordId + ")");
    }
  }
}
