package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.util.List;

/**
 * One side's copy of an anomaly flag on an order: the rule, the figures that explain it, and the
 * buyer's decision. {@code version} counts its changes so that a stale copy never overwrites a
 * newer one.
 */
public record OrderFlag(
    String orderId,
    AnomalyRule rule,
    String contractId,
    String buyerOrg,
    String providerOrg,
    FlagStatus status,
    List<String> args,
    Instant raisedAt,
    Instant evaluatedAt,
    String resolvedBy,
    String resolvedActor,
    Instant resolvedAt,
    String reason,
    int version) {
  public OrderFlag {
    args = List.copyOf(args);
  }

  public boolean resolved() {
    return status == FlagStatus.ACCEPTED || status == FlagStatus.REJECTED;
  }

  public OrderFlag raised(List<String> newArgs, Instant at) {
    boolean reopen = status == FlagStatus.CLEARED;
    return new OrderFlag(
        orderId,
        rule,
        contractId,
        buyerOrg,
        providerOrg,
        reopen ? FlagStatus.OPEN : status,
        resolved() ? args : newArgs,
        reopen ? at : raisedAt,
        at,
        resolvedBy,
        resolvedActor,
        resolvedAt,
        reason,
        version + 1);
  }

  public OrderFlag cleared(Instant at) {
    return new OrderFlag(
        orderId,
        rule,
        contractId,
        buyerOrg,
        providerOrg,
        FlagStatus.CLEARED,
        args,
        raisedAt,
        at,
        resolvedBy,
        resolvedActor,
        resolvedAt,
        reason,
        version + 1);
  }

  public OrderFlag resolve(
      FlagStatus decision, String byId, String byActor, String why, Instant at) {
    return new OrderFlag(
        orderId,
        rule,
        contractId,
        buyerOrg,
        providerOrg,
        decision,
        args,
        raisedAt,
        evaluatedAt,
        byId,
        byActor,
        at,
        why,
        version + 1);
  }
}
