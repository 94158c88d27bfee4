package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.points.domain.FifoConsumption;
import org.linli.volunteer.points.domain.PickupCodes;
import org.linli.volunteer.points.domain.PointsRepository;
import org.linli.volunteer.points.domain.Redemption;
import org.linli.volunteer.points.domain.ShopItem;
import org.linli.volunteer.points.domain.ShopRepository;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/**
 * Redeeming shop items, all in one transaction: stock reserved by a guarded update, the per-person
 * limit checked under the volunteer's account lock, points spent oldest-expiring first and debited
 * through the ledger. Cancelling gives stock and points back exactly once; staff hand items over
 * against the pickup code.
 *
 * <p>Lock order, the same in every points write (no deadlocks): the tenant's audit chain, the
 * volunteer's points account, the item's row, then the shop's organization accounts.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Redemptions {
  private static final int MAX_QUANTITY = 100;
  private static final int CODE_ATTEMPTS = 5;

  @Inject ShopRepository shop;
  @Inject PointsShop items;
  @Inject PointsRepository points;
  @Inject PointsAccounts accounts;
  @Inject PointLots lots;
  @Inject VolunteerRepository volunteers;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject LedgerPostings postings;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public Redemption redeem(String itemId, int quantity) {
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw DomainException.invalidField("quantity", "INVALID_QUANTITY").with(MAX_QUANTITY);
    }
    Volunteer me = self();
    refuseEarly(itemId, quantity, me);
    points.lockOrganizationPoints();
    // Re-read under the lock: the early check may have loaded it before a change committed.
    ShopItem item =
        shop.reload(
            shop.findItem(itemId).orElseThrow(() -> DomainException.notFound("ITEM_NOT_FOUND")));
    item.requireActive();
    Account account = accounts.of(me.id());
    ledgerAccounts.lockedBalance(account.id());
    if (shop.quantityHeld(item.id(), me.id()) + quantity > item.perPersonLimit()) {
      throw DomainException.rule("PER_PERSON_LIMIT_REACHED").with(item.perPersonLimit());
    }
    if (!shop.takeStock(item.id(), quantity)) {
      throw outOfStock();
    }
    LocalDate today = LocalDate.now(PointsRules.CHINA);
    lots.expire(me.id(), today, today); // points past their last day cannot pay
    long price = Math.multiplyExact(item.pricePoints(), (long) quantity);
    var taken = FifoConsumption.take(points.lotsOf(me.id()), price, today);
    Redemption redemption =
        new Redemption(
            UUID.randomUUID().toString(),
            item.id(),
            me.id(),
            quantity,
            price,
            uniquePickupCode(),
            Instant.now());
    shop.addRedemption(redemption);
    shop.addAllocations(redemption.id(), taken);
    postings.post(
        LedgerTransaction.builder("pts-redeem:" + redemption.id(), "POINTS_REDEEMED", today)
            .memo("积分兑换 (" + quantity + " x " + item.name() + ")")
            .post(account.id(), Unit.POINT, -price)
            .post(accounts.redeemed().id(), Unit.POINT, price)
            .build());
    auditLog.record(
        "POINTS_REDEMPTION_RESERVED",
        "points_redemption",
        redemption.id(),
        null,
        "{\"item\":\"" + item.id() + "\",\"quantity\":" + quantity + ",\"points\":" + price + "}");
    return redemption;
  }

  /**
   * Answers a request that cannot succeed from committed state read without locks, so a crowd
   * racing for the last items does not queue for the locks only to be refused. Refusing on this
   * read is correct: stock or balance was too low at that moment. Success is decided under locks.
   */
  private void refuseEarly(String itemId, int quantity, Volunteer me) {
    var item = shop.findItem(itemId);
    if (item.isPresent() && item.get().active() && item.get().stock() < quantity) {
      throw outOfStock();
    }
    if (item.isPresent()
        && accounts.balanceOf(me.id()) < item.get().pricePoints() * (long) quantity) {
      throw DomainException.rule("INSUFFICIENT_BALANCE").withMessage("INSUFFICIENT_BALANCE.POINTS");
    }
  }

  private static DomainException outOfStock() {
    return DomainException.conflict("OUT_OF_STOCK");
  }

  /** Cancels a reservation; a repeat (or a concurrent second cancel) moves nothing again. */
  public Redemption cancel(String redemptionId) {
    points.lockOrganizationPoints(); // before reading: a concurrent cancel has committed by then
    Redemption redemption = visible(redemptionId);
    Account account = accounts.of(redemption.volunteerId());
    ledgerAccounts.lockedBalance(account.id());
    if (!redemption.cancel(requestContext.actor(), Instant.now())) {
      return redemption;
    }
    shop.addStock(redemption.itemId(), redemption.quantity());
    shop.allocationsOf(redemption.id())
        .forEach((lot, taken) -> points.findLot(lot).orElseThrow().giveBack(taken));
    postings.reverse(
        "pts-redeem:" + redemption.id(),
        "pts-redeem-cancel:" + redemption.id(),
        "取消兑换 (redemption " + redemption.id() + " cancelled)");
    auditLog.record(
        "POINTS_REDEMPTION_CANCELLED",
        "points_redemption",
        redemption.id(),
        "{\"status\":\"RESERVED\"}",
        "{\"status\":\"CANCELLED\"}");
    return redemption;
  }

  public Redemption pickUp(String redemptionId, String code) {
    points.lockOrganizationPoints();
    Redemption redemption = visible(redemptionId);
    redemption.pickUp(code, requestContext.actor(), Instant.now());
    auditLog.record(
        "POINTS_REDEMPTION_PICKED_UP",
        "points_redemption",
        redemption.id(),
        "{\"status\":\"RESERVED\"}",
        "{\"status\":\"PICKED_UP\"}");
    return redemption;
  }

  public Redemption get(String redemptionId) {
    return visible(redemptionId);
  }

  public Page<Redemption> list(Redemption.Status status, String volunteerId, PageRequest page) {
    return page.page(
        shop.redemptions(status, volunteerId, page.afterId(), page.limit() + 1), Redemption::id);
  }

  public String itemName(String itemId) {
    return shop.findItem(itemId).map(ShopItem::name).orElse(null);
  }

  /** Staff see every redemption; a volunteer only their own (others' do not exist for them). */
  private Redemption visible(String redemptionId) {
    return shop.findRedemption(redemptionId)
        .filter(r -> items.isStaff() || ownVolunteerId().equals(r.volunteerId()))
        .orElseThrow(() -> DomainException.notFound("REDEMPTION_NOT_FOUND"));
  }

  private String ownVolunteerId() {
    return volunteers.findByPerson(requestContext.personId()).map(Volunteer::id).orElse("");
  }

  private Volunteer self() {
    return volunteers
        .findByPerson(requestContext.personId())
        .orElseThrow(
            () ->
                DomainException.notFound("VOLUNTEER_NOT_FOUND")
                    .withMessage("VOLUNTEER_NOT_FOUND.SELF"));
  }

  /** Codes are random; a collision with an earlier code of this organization draws again. */
  private String uniquePickupCode() {
    for (int i = 0; i < CODE_ATTEMPTS; i++) {
      String code = PickupCodes.next();
      if (!shop.pickupCodeTaken(code)) {
        return code;
      }
    }
    throw new IllegalStateException("no free pickup code after " + CODE_ATTEMPTS + " draws");
  }
}
