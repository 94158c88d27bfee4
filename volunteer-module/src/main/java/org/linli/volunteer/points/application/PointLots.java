package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.points.domain.PointLot;
import org.linli.volunteer.points.domain.PointsRepository;

/**
 * Credits and expiry of a volunteer's lots together with their ledger postings, so the sum of what
 * is left of the lots always equals the volunteer's balance. Callers hold the volunteer's account
 * lock (see the use cases), which makes the read-modify-write of the lots safe.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PointLots {
  @Inject PointsRepository points;
  @Inject PointsAccounts accounts;
  @Inject LedgerPostings postings;

  /** Posts {@code txId} from the issuance account to the volunteer and records the lot. */
  public PointLot credit(
      String txId,
      String kind,
      PointLot lot,
      Account issued,
      Account volunteer,
      LocalDate on,
      String memo) {
    postings.post(
        LedgerTransaction.builder(txId, kind, on)
            .memo(memo)
            .post(issued.id(), Unit.POINT, -lot.points())
            .post(volunteer.id(), Unit.POINT, lot.points())
            .build());
    points.addLot(lot);
    return lot;
  }

  /**
   * Moves what is left of the volunteer's lots that are past their last valid day on {@code asOf}
   * to the expired account. Returns the points expired: 0 when there was nothing (again) to expire,
   * so a second run posts nothing. The transaction id counts the volunteer's expired points so far,
   * so it is deterministic and never reused for other content.
   */
  public long expire(String volunteerId, LocalDate asOf, LocalDate postedOn) {
    List<PointLot> lots = points.lotsOf(volunteerId);
    long amount = 0;
    for (PointLot lot : lots) {
      amount += lot.expireAsOf(asOf);
    }
    if (amount == 0) {
      return 0;
    }
    long expiredSoFar = lots.stream().mapToLong(PointLot::expired).sum();
    Account volunteer = accounts.of(volunteerId);
    postings.post(
        LedgerTransaction.builder(
                "pts-expire:" + volunteerId + ":" + expiredSoFar, "POINTS_EXPIRED", postedOn)
            .memo("积分过期 (points expired as of " + asOf + ")")
            .post(volunteer.id(), Unit.POINT, -amount)
            .post(accounts.expired().id(), Unit.POINT, amount)
            .build());
    return amount;
  }
}
