package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.points.domain.PointsAccountKinds;

/**
 * The points ledger accounts (unit POINT), one per kind and owner, opened race-free on first use.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PointsAccounts {
  @Inject LedgerAccounts ledger;

  public Account issued() {
    return ledger.openOnce(
        Unit.POINT, PointsAccountKinds.ISSUED, null, "积分发行 (points issued)", false);
  }

  public Account redeemed() {
    return ledger.openOnce(
        Unit.POINT, PointsAccountKinds.REDEEMED, null, "积分兑换 (points redeemed)", false);
  }

  public Account expired() {
    return ledger.openOnce(
        Unit.POINT, PointsAccountKinds.EXPIRED, null, "积分过期 (points expired)", false);
  }

  /** The issued account and the volunteer's, as earning needs them. */
  public record EarningAccounts(Account issued, Account volunteer) {}

  /** {@link #issued()} and {@link #of} found in one statement (issue 22). */
  public EarningAccounts forEarning(String volunteerId) {
    List<Account> both =
        ledger.openOnce(
            List.of(
                new LedgerAccounts.Singleton(
                    Unit.POINT, PointsAccountKinds.ISSUED, null, "积分发行 (points issued)", false),
                new LedgerAccounts.Singleton(
                    Unit.POINT,
                    PointsAccountKinds.VOLUNTEER,
                    owner(volunteerId),
                    "志愿积分 (points)",
                    true)));
    return new EarningAccounts(both.get(0), both.get(1));
  }

  public Account of(String volunteerId) {
    return ledger.openOnce(
        Unit.POINT, PointsAccountKinds.VOLUNTEER, owner(volunteerId), "志愿积分 (points)", true);
  }

  /**
   * The balance without opening an account (0 for a volunteer who never had points). For reads
   * only: the entity's balance is as loaded, not moved by postings of the same transaction.
   */
  public long balanceOf(String volunteerId) {
    return ledger
        .find(PointsAccountKinds.VOLUNTEER, owner(volunteerId))
        .map(Account::balance)
        .orElse(0L);
  }

  private static Account.Owner owner(String volunteerId) {
    return new Account.Owner(PointsAccountKinds.VOLUNTEER_OWNER, volunteerId);
  }
}
