package org.linli.fund.purchase.domain;

import java.util.Map;
import java.util.Set;
import org.linli.kernel.error.DomainException;

/**
 * 待派单 → 已派单 → 已接单 → 服务中 → 已完成 → 已评价, and 已取消 or 未上门 before the visit; 已完成 or 已评价 → 已结算 when the
 * buyer accepts the month's settlement (ADR 0020).
 */
public enum OrderStatus {
  PENDING_DISPATCH,
  DISPATCHED,
  ACCEPTED,
  IN_SERVICE,
  COMPLETED,
  RATED,
  CANCELLED,
  NO_SHOW,
  SETTLED;

  private static final Map<OrderStatus, Set<OrderStatus>> NEXT =
      Map.of(
          PENDING_DISPATCH, Set.of(DISPATCHED, CANCELLED),
          // Re-assigning another worker keeps an order dispatched.
          DISPATCHED, Set.of(DISPATCHED, ACCEPTED, CANCELLED, NO_SHOW),
          ACCEPTED, Set.of(DISPATCHED, IN_SERVICE, CANCELLED, NO_SHOW),
          IN_SERVICE, Set.of(COMPLETED),
          COMPLETED, Set.of(RATED, SETTLED),
          RATED, Set.of(SETTLED),
          CANCELLED, Set.of(),
          NO_SHOW, Set.of(),
          SETTLED, Set.of());

  /** The change to {@code next}, or 409 ORDER_STATUS_CONFLICT naming the current status. */
  public OrderStatus to(OrderStatus next) {
    if (!NEXT.get(this).contains(next)) {
      throw DomainException.conflict("ORDER_STATUS_CONFLICT").with(name(), next.name());
    }
    return next;
  }
}
