package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.timebank.domain.DepositSplit;
import org.linli.volunteer.timebank.domain.ServiceRequest;
import org.linli.volunteer.timebank.domain.TimeHolder;

/**
 * Pays a confirmed request out of the held hours in one ledger transaction: the delivered hours to
 * the provider under the storage cap in force (what exceeds it goes to the pool, as with deposits)
 * and what was held but not delivered back to the requester. Runs in the confirming transaction.
 */
@ApplicationScoped
public class RequestSettlement {
  @Inject HolderAccounts accounts;
  @Inject TimeAccounts timeAccounts;
  @Inject TimeBankRuleBook ruleBook;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject LedgerPostings postings;

  public void settle(ServiceRequest request, long returnedMinutes) {
    long delivered = request.deliveredMinutes();
    // Issued first, as deposits do: it serializes whatever credits a volunteer under the cap, so a
    // deposit and a settlement neither both see room nor lock each other's accounts in turn.
    ledgerAccounts.lockedBalance(timeAccounts.issued().id());
    Account held = accounts.held();
    Account provider = accounts.credit(TimeHolder.volunteer(request.providerVolunteerId()));
    Account pool = timeAccounts.pool();
    Account requester = returnedMinutes > 0 ? accounts.credit(request.requester()) : null;
    // The rest in id order, like the engine, before the provider's balance is read under its lock.
    long providerBalance =
        accounts
            .lockInIdOrder(
                held.id(), provider.id(), pool.id(), requester == null ? null : requester.id())
            .get(provider.id());
    LocalDate today = ChinaTime.today();
    DepositSplit split =
        DepositSplit.of(providerBalance, delivered, ruleBook.inForce(today).capMinutes());
    LedgerTransaction.Builder tx =
        LedgerTransaction.builder(request.settleTransactionId(), "TIME_SETTLE", today)
            .memo("服务兑换结算 (service request " + request.id() + " confirmed)")
            .post(held.id(), Unit.HOUR, -request.heldMinutes());
    if (split.toVolunteer() > 0) {
      tx.post(provider.id(), Unit.HOUR, split.toVolunteer());
    }
    if (split.toPool() > 0) {
      tx.post(pool.id(), Unit.HOUR, split.toPool());
    }
    if (requester != null) {
      tx.post(requester.id(), Unit.HOUR, returnedMinutes);
    }
    postings.post(tx.build());
  }
}
