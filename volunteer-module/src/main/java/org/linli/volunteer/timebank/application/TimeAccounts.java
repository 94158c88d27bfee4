package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.timebank.domain.TimeAccountKinds;

/**
 * The time bank's ledger accounts, found by kind and owner and opened on first use. Reading never
 * opens an account: a volunteer without deposits simply has a zero balance.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class TimeAccounts {
  @Inject LedgerAccounts ledger;
  @Inject VolunteerRegistry volunteers;
  @Inject TimeBankRuleBook ruleBook;

  /** Balances in minutes. */
  public record View(
      long balanceMinutes, long capMinutes, long poolMinutes, long donateOnlyMinutes) {}

  public View of(String volunteerId) {
    volunteers.get(volunteerId); // 404 for an unknown volunteer rather than a silent zero
    long balance =
        ledger.find(TimeAccountKinds.CREDIT, owner(volunteerId)).map(Account::balance).orElse(0L);
    long pool = ledger.find(TimeAccountKinds.POOL, null).map(Account::balance).orElse(0L);
    long donateOnly =
        ledger
            .find(TimeAccountKinds.DONATE_ONLY, owner(volunteerId))
            .map(Account::balance)
            .orElse(0L);
    return new View(balance, ruleBook.today().capMinutes(), pool, donateOnly);
  }

  public Account issued() {
    return orOpen(TimeAccountKinds.ISSUED, null, "时间银行发行 (time issued)", false);
  }

  /** The issued account and the volunteer's credit, as a deposit needs them. */
  public record DepositAccounts(Account issued, Account credit) {}

  /** {@link #issued()} and {@link #credit} found in one statement (issue 22). */
  public DepositAccounts forDeposit(String volunteerId) {
    List<Account> both =
        ledger.openOnce(
            List.of(
                new LedgerAccounts.Singleton(
                    Unit.HOUR, TimeAccountKinds.ISSUED, null, "时间银行发行 (time issued)", false),
                new LedgerAccounts.Singleton(
                    Unit.HOUR,
                    TimeAccountKinds.CREDIT,
                    owner(volunteerId),
                    "志愿时间 (time credit)",
                    true)));
    return new DepositAccounts(both.get(0), both.get(1));
  }

  public Account pool() {
    return orOpen(TimeAccountKinds.POOL, null, "时间银行公共池 (time pool)", true);
  }

  public Account credit(String volunteerId) {
    return orOpen(TimeAccountKinds.CREDIT, owner(volunteerId), "志愿时间 (time credit)", true);
  }

  /** Group-activity hours under donate-only rules: only a donation to the pool may debit them. */
  public Account donateOnly(String volunteerId) {
    return orOpen(
        TimeAccountKinds.DONATE_ONLY, owner(volunteerId), "仅可捐赠时间 (donate-only time)", true);
  }

  /** The volunteer's account of this kind if opened (reading never opens one). */
  public Optional<Account> find(String kind, String volunteerId) {
    return ledger.find(kind, owner(volunteerId));
  }

  private Account orOpen(String kind, Account.Owner owner, String name, boolean noNegative) {
    return ledger.openOnce(Unit.HOUR, kind, owner, name, noNegative);
  }

  private static Account.Owner owner(String volunteerId) {
    return new Account.Owner(TimeAccountKinds.VOLUNTEER_OWNER, volunteerId);
  }
}
