package org.linli.volunteer.timebank.clearing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.timebank.application.TimeAccounts;
import org.linli.volunteer.timebank.application.TimeBankRuleBook;
import org.linli.volunteer.timebank.domain.DepositSplit;
import org.linli.volunteer.timebank.domain.TimeAccountKinds;

/**
 * The clearing postings, all in the bound organization's own ledger, with deterministic ids per
 * request: hold ({@code tbx-hold:<id>}, credit -> clearing), release (its reversal, {@code
 * tbx-release:<id>}) and settle ({@code tbx-settle:<id>}, clearing -> provider, cap overflow to the
 * pool). Lock order everywhere: the clearing account first, then TIME_ISSUED, then credits, then
 * the pool, so clearing postings, deposits and each other queue instead of deadlocking.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ClearingLedger {
  @Inject TimeAccounts accounts;
  @Inject LedgerAccounts ledger;
  @Inject LedgerPostings postings;
  @Inject TimeBankRuleBook ruleBook;

  public static String holdId(String requestId) {
    return "tbx-hold:" + requestId;
  }

  public static String releaseId(String requestId) {
    return "tbx-release:" + requestId;
  }

  public static String settleId(String requestId) {
    return "tbx-settle:" + requestId;
  }

  /** The clearing account for the counterparty, if any hours ever moved through it. */
  public Optional<Account> find(String counterparty) {
    return ledger.find(TimeAccountKinds.CLEARING, owner(counterparty));
  }

  /**
   * Holds the volunteer's minutes as this organization's payable to the counterparty, checked
   * against the agreement's limit under the clearing account's lock.
   */
  public void hold(
      String requestId, String volunteerId, String counterparty, long minutes, long limit) {
    Account clearing = clearing(counterparty);
    long payable = ledger.lockedBalance(clearing.id());
    if (payable + minutes > limit) {
      throw DomainException.rule("CLEARING_LIMIT_EXCEEDED")
          .with(counterparty, Unit.HOUR.format(limit), Unit.HOUR.format(payable));
    }
    Account credit = accounts.credit(volunteerId);
    postings.post(
        LedgerTransaction.builder(holdId(requestId), "TIME_CLEARING_HOLD", ChinaTime.today())
            .memo("通存通兑冻结 (held for " + counterparty + ", request " + requestId + ")")
            .post(credit.id(), Unit.HOUR, -minutes)
            .post(clearing.id(), Unit.HOUR, minutes)
            .build());
  }

  /** Gives held minutes back to the volunteer: the hold's reversal, posted at most once. */
  public void release(String requestId, String counterparty) {
    ledger.lockedBalance(clearing(counterparty).id());
    postings.reverse(
        holdId(requestId), releaseId(requestId), "通存通兑退回 (released, request " + requestId + ")");
  }

  /**
   * Pays the provider for a delivered service out of the clearing account for the requesting
   * organization, which goes negative by that much: the requester's organization owes it.
   */
  public void settle(String requestId, String sourceOrg, String providerVolunteerId, long minutes) {
    Account clearing = clearing(sourceOrg);
    ledger.lockedBalance(clearing.id());
    // Like deposits: issued first serializes the cap check with concurrent deposits.
    ledger.lockedBalance(accounts.issued().id());
    Account credit = accounts.credit(providerVolunteerId);
    LocalDate today = ChinaTime.today();
    DepositSplit split =
        DepositSplit.of(
            ledger.lockedBalance(credit.id()), minutes, ruleBook.inForce(today).capMinutes());
    LedgerTransaction.Builder tx =
        LedgerTransaction.builder(settleId(requestId), "TIME_CLEARING_SETTLE", today)
            .memo("通存通兑结算 (served for " + sourceOrg + ", request " + requestId + ")")
            .post(clearing.id(), Unit.HOUR, -minutes);
    if (split.toVolunteer() > 0) {
      tx.post(credit.id(), Unit.HOUR, split.toVolunteer());
    }
    if (split.toPool() > 0) {
      tx.post(accounts.pool().id(), Unit.HOUR, split.toPool());
    }
    postings.post(tx.build());
  }

  private Account clearing(String counterparty) {
    return ledger.openOnce(
        Unit.HOUR,
        TimeAccountKinds.CLEARING,
        owner(counterparty),
        "通存通兑清算 (clearing with " + counterparty + ")",
        false);
  }

  private static Account.Owner owner(String counterparty) {
    return new Account.Owner(TimeAccountKinds.ORG_OWNER, counterparty);
  }
}
