package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.fund.purchase.domain.AnomalyRule;
import org.linli.fund.purchase.domain.ContractItem;
import org.linli.fund.purchase.domain.ContractResident;
import org.linli.fund.purchase.domain.FlagStatus;
import org.linli.fund.purchase.domain.Geo;
import org.linli.fund.purchase.domain.OrderFlag;
import org.linli.fund.purchase.domain.OrderStatus;
import org.linli.fund.purchase.domain.PurchasePeer;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.ResidentStatus;
import org.linli.fund.purchase.domain.ServiceOrder;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * Anomaly flags (ADR 0015, part B): the rules run on a completed order when the worker checks out
 * (and again on a later photo or when the buyer asks), on the caller's copy, which holds the same
 * orders, evidence and residents on both sides. A raised rule is an OPEN flag with its figures; a
 * rule no longer raised clears an open flag; a flag the buyer accepted or rejected stays decided.
 * Other orders named in a flag are always of the same buyer, so a flag never names another buyer's
 * order.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class OrderFlags {
  @Inject PurchaseRepository repository;
  @Inject PurchasePeer peer;
  @Inject ServiceOrders orders;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  @Inject
  @ConfigProperty(name = "linli.purchase.geofence-metres", defaultValue = "200")
  int geofenceMetres;

  @Inject
  @ConfigProperty(name = "linli.purchase.max-travel-kmh", defaultValue = "80")
  int maxTravelKmh;

  public enum Decision {
    ACCEPT,
    REJECT
  }

  /** The rules' findings on the order, rule by rule, each with the figures that explain it. */
  public Map<AnomalyRule, List<String>> findings(ServiceOrder o) {
    Map<AnomalyRule, List<String>> found = new EnumMap<>(AnomalyRule.class);
    ContractResident resident =
        repository.contractResident(o.contractId(), o.residentId()).orElse(null);
    ContractItem item = orders.itemOn(o.contractId(), o.serviceDate(), o.itemCode());
    if (resident != null) {
      boolean inValidity =
          !o.serviceDate().isBefore(resident.eligibleFrom())
              && (resident.eligibleTo() == null || !o.serviceDate().isAfter(resident.eligibleTo()));
      if (!item.serves(resident.category()) || !inValidity) {
        found.put(
            AnomalyRule.RESIDENT_NOT_ELIGIBLE,
            List.of(
                resident.category().name(),
                String.valueOf(resident.eligibleFrom()),
                resident.eligibleTo() == null ? "-" : resident.eligibleTo().toString(),
                o.serviceDate().toString()));
      }
      if (resident.status() != ResidentStatus.ACTIVE
          && resident.statusOn() != null
          && !resident.statusOn().isAfter(o.serviceDate())) {
        found.put(
            AnomalyRule.RESIDENT_GONE,
            List.of(
                resident.status().name(),
                resident.statusOn().toString(),
                o.serviceDate().toString()));
      }
    }
    if (o.checkIn() != null
        && o.checkIn().distanceMetres() != null
        && o.checkIn().distanceMetres() > geofenceMetres) {
      found.put(
          AnomalyRule.OUTSIDE_GEOFENCE,
          List.of(String.valueOf(o.checkIn().distanceMetres()), String.valueOf(geofenceMetres)));
    }
    Long minutes = o.minutes();
    if (minutes != null && minutes < item.minMinutes()) {
      found.put(
          AnomalyRule.SHORT_VISIT,
          List.of(String.valueOf(minutes), String.valueOf(item.minMinutes())));
    }
    if (o.workerPersonId() != null && o.checkIn() != null && o.checkOut() != null) {
      List<String> overlapping = repository.overlappingVisits(o);
      if (!overlapping.isEmpty()) {
        found.put(AnomalyRule.WORKER_OVERLAP, List.of(String.join(", ", overlapping)));
      }
      repository
          .previousVisit(o)
          .filter(prev -> prev.checkOut().location() != null && o.checkIn().location() != null)
          .ifPresent(
              prev -> {
                int metres = Geo.distanceMetres(prev.checkOut().location(), o.checkIn().location());
                long seconds =
                    Math.max(
                        0, Duration.between(prev.checkOut().at(), o.checkIn().at()).toSeconds());
                // Faster than the limit, or more than a kilometre in no time at all.
                boolean impossible =
                    metres > 1000 && (seconds == 0 || metres * 3.6 / seconds > maxTravelKmh);
                if (impossible) {
                  found.put(
                      AnomalyRule.IMPOSSIBLE_TRAVEL,
                      List.of(
                          prev.id(),
                          String.valueOf(metres),
                          String.valueOf(seconds / 60),
                          String.valueOf(maxTravelKmh)));
                }
              });
    }
    List<String> photos = repository.ordersSharingPhotos(o);
    if (!photos.isEmpty()) {
      found.put(AnomalyRule.DUPLICATE_PHOTO, List.of(String.join(", ", photos)));
    }
    List<String> duplicates = repository.duplicateOrders(o);
    if (!duplicates.isEmpty()) {
      found.put(AnomalyRule.DUPLICATE_ORDER, List.of(String.join(", ", duplicates)));
    }
    long rank = repository.itemOrderRank(o);
    if (rank > item.quantity()) {
      found.put(
          AnomalyRule.OVER_QUANTITY,
          List.of(String.valueOf(rank), String.valueOf(item.quantity())));
    }
    return found;
  }

  /**
   * Runs the rules on a completed order and stores what they find on the caller's copy, then on the
   * other party's. Called by the order's own transaction (check-out, a later photo).
   */
  public List<OrderFlag> evaluate(ServiceOrder o) {
    if (o.status() != OrderStatus.COMPLETED && o.status() != OrderStatus.RATED) {
      throw DomainException.conflict("ORDER_NOT_COMPLETED").with(o.status().name());
    }
    Map<AnomalyRule, List<String>> found = findings(o);
    Instant now = Instant.now();
    Map<AnomalyRule, OrderFlag> existing = new EnumMap<>(AnomalyRule.class);
    for (OrderFlag f : repository.flags(o.id())) {
      existing.put(f.rule(), f);
    }
    for (Map.Entry<AnomalyRule, List<String>> e : found.entrySet()) {
      OrderFlag before = existing.get(e.getKey());
      if (before == null) {
        repository.saveFlag(
            new OrderFlag(
                o.id(),
                e.getKey(),
                o.contractId(),
                o.buyerOrg(),
                o.providerOrg(),
                FlagStatus.OPEN,
                e.getValue(),
                now,
                now,
                null,
                null,
                null,
                null,
                1));
      } else if (before.status() == FlagStatus.CLEARED
          || (before.status() == FlagStatus.OPEN && !before.args().equals(e.getValue()))) {
        repository.saveFlag(before.raised(e.getValue(), now));
      }
    }
    for (OrderFlag before : existing.values()) {
      if (before.status() == FlagStatus.OPEN && !found.containsKey(before.rule())) {
        repository.saveFlag(before.cleared(now));
      }
    }
    follow(o.id());
    return repository.flags(o.id());
  }

  /** The buyer's staff run the rules again on a completed order (e.g. after a status change). */
  public List<OrderFlag> reevaluate(String orderId) {
    ServiceOrder o = repository.lockOrder(orderId).orElseThrow(ServiceOrders::notFound);
    if (!o.buyerOrg().equals(requestContext.tenant().value())) {
      throw DomainException.forbidden("FLAG_BUYER_ONLY");
    }
    auditLog.record("PURCHASE_FLAGS_EVALUATED", "purchase_order", orderId, null, null);
    return evaluate(o);
  }

  public List<OrderFlag> ofOrder(String orderId) {
    repository.findOrder(orderId).orElseThrow(ServiceOrders::notFound);
    return repository.flags(orderId);
  }

  public Page<OrderFlag> ofContract(String contractId, FlagStatus status, PageRequest page) {
    repository.findContract(contractId).orElseThrow(Contracts::notFound);
    PageRequest.After<Instant> after = page.afterInstantAndId();
    List<OrderFlag> fetched =
        repository.listFlags(
            contractId,
            status,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, f -> PageRequest.key(f.raisedAt(), f.orderId() + " " + f.rule()));
  }

  /** The buyer accepts (pays despite it) or rejects (the order is not paid) an open flag. */
  public OrderFlag resolve(String orderId, String rule, Decision decision, String reason) {
    ServiceOrder o = repository.lockOrder(orderId).orElseThrow(ServiceOrders::notFound);
    AnomalyRule r = ruleOf(rule);
    OrderFlag flag =
        repository.flags(orderId).stream()
            .filter(f -> f.rule() == r)
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("FLAG_NOT_FOUND"));
    if (!o.buyerOrg().equals(requestContext.tenant().value())) {
      throw DomainException.forbidden("FLAG_BUYER_ONLY");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED");
    }
    if (why.length() > 500) {
      throw DomainException.invalidField("reason", "REASON_TOO_LONG");
    }
    if (flag.status() != FlagStatus.OPEN) {
      throw DomainException.conflict("FLAG_NOT_OPEN").with(flag.status().name());
    }
    FlagStatus to = decision == Decision.ACCEPT ? FlagStatus.ACCEPTED : FlagStatus.REJECTED;
    OrderFlag next =
        flag.resolve(to, requestContext.personId(), requestContext.actor(), why, Instant.now());
    repository.saveFlag(next);
    follow(orderId);
    auditLog.record(
        "PURCHASE_FLAG_" + to.name(),
        "purchase_order",
        orderId,
        "{\"rule\":\"" + r.name() + "\",\"status\":\"OPEN\"}",
        "{\"rule\":\"" + r.name() + "\",\"status\":\"" + to.name() + "\"}");
    return next;
  }

  /** Those of the orders that cannot be settled: an open flag is on them. */
  public Set<String> withOpenFlags(Collection<String> orderIds) {
    return repository.ordersWithOpenFlags(orderIds);
  }

  private static AnomalyRule ruleOf(String rule) {
    for (AnomalyRule r : AnomalyRule.values()) {
      if (r.name().equals(rule)) {
        return r;
      }
    }
    throw DomainException.notFound("FLAG_NOT_FOUND");
  }

  private void follow(String orderId) {
    String result = peer.followFlags(orderId);
    if (!"OK".equals(result)) {
      throw DomainException.conflict("CONTRACT_NOT_ACTIVE").with(result);
    }
  }
}
