package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.Unit;
import org.linli.volunteer.timebank.domain.TimeAccountKinds;
import org.linli.volunteer.timebank.domain.TimeHolder;

/**
 * The time accounts withdrawals use: a holder's credit account (a volunteer's is the one deposits
 * fill) and the organization's account of held hours. Runs in the caller's transaction.
 */
@ApplicationScoped
public class HolderAccounts {
  @Inject LedgerAccounts ledger;
  @Inject TimeAccounts timeAccounts;

  /** The holder's credit account, opened on first use. */
  public Account credit(TimeHolder holder) {
    return holder.isVolunteer()
        ? timeAccounts.credit(holder.id())
        : ledger.openOnce(
            Unit.HOUR, TimeAccountKinds.CREDIT, owner(holder), "家属时间 (family time credit)", true);
  }

  /** The holder's credit account if it was ever opened (a holder without one has nothing). */
  public Optional<Account> existingCredit(TimeHolder holder) {
    return ledger.find(TimeAccountKinds.CREDIT, owner(holder));
  }

  public long balance(TimeHolder holder) {
    return existingCredit(holder).map(Account::balance).orElse(0L);
  }

  /** Hours held for open service requests; it never goes below zero. */
  public Account held() {
    return ledger.openOnce(
        Unit.HOUR, TimeAccountKinds.HELD, null, "服务申请冻结时间 (time held for requests)", true);
  }

  /**
   * Locks the accounts in ascending id order, the order the ledger engine locks in, so a use case
   * that must read balances before posting cannot deadlock with plain postings; returns the
   * balances read under the locks (null ids are skipped).
   */
  public Map<String, Long> lockInIdOrder(String... accountIds) {
    Map<String, Long> balances = new TreeMap<>();
    for (String id : accountIds) {
      if (id != null) {
        balances.put(id, 0L);
      }
    }
    balances.replaceAll((id, ignored) -> ledger.lockedBalance(id));
    return balances;
  }

  private static Account.Owner owner(TimeHolder holder) {
    return new Account.Owner(holder.type(), holder.id());
  }
}
