package org.linli.volunteer.points.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.kernel.error.DomainException;

/**
 * Spends points oldest-expiring first: lots that expire soonest are used before later ones, and
 * lots that never expire last, so a volunteer loses as little as possible to expiry.
 */
public final class FifoConsumption {
  /** Spending order: earliest last valid day first (never-expiring last), then earned, then id. */
  public static final Comparator<PointLot> ORDER =
      Comparator.comparing(
              PointLot::expiresOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(PointLot::earnedOn)
          .thenComparing(PointLot::id);

  private FifoConsumption() {}

  /**
   * Takes {@code amount} from the lots still valid on {@code day}, in {@link #ORDER}; returns what
   * each lot gave (lot id -> points). Refuses (and changes nothing) when they hold too little.
   */
  public static Map<String, Long> take(List<PointLot> lots, long amount, LocalDate day) {
    List<PointLot> usable =
        lots.stream().filter(l -> !l.expiredOn(day) && l.remaining() > 0).sorted(ORDER).toList();
    long available = usable.stream().mapToLong(PointLot::remaining).sum();
    if (available < amount) {
      throw DomainException.rule("INSUFFICIENT_BALANCE")
          .withMessage("INSUFFICIENT_BALANCE.POINTS_NEEDED", available, amount);
    }
    Map<String, Long> taken = new LinkedHashMap<>();
    long left = amount;
    for (PointLot lot : usable) {
      if (left == 0) {
        break;
      }
      long got = lot.consume(left);
      if (got > 0) {
        taken.put(lot.id(), got);
        left -= got;
      }
    }
    return taken;
  }
}
