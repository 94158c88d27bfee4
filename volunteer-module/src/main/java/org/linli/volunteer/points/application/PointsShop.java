package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.linli.kernel.api.Etags;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.points.domain.PointsRepository;
import org.linli.volunteer.points.domain.ShopItem;
import org.linli.volunteer.points.domain.ShopRepository;

/** The points shop's items: donated, priced in points, restocked; volunteers see active ones. */
@ApplicationScoped
@Transactional
@TenantScoped
public class PointsShop {
  @Inject ShopRepository shop;
  @Inject PointsRepository points;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public ShopItem create(ShopItem.Details details, int stock) {
    points.lockOrganizationPoints();
    ShopItem item = new ShopItem(UUID.randomUUID().toString(), details, stock, Instant.now());
    shop.addItem(item);
    auditLog.record("POINTS_ITEM_CREATED", "points_item", item.id(), null, snapshot(item));
    return item;
  }

  /** An update with the ETag the caller read (If-Match): an unknown item is 404 before 428. */
  public ShopItem change(String itemId, String ifMatch, ShopItem.Changes changes) {
    ShopItem item = get(itemId);
    if (item.version() != Etags.requireVersion(ifMatch)) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    String before = snapshot(item);
    item.change(changes, Instant.now());
    shop.reload(item);
    auditLog.record("POINTS_ITEM_CHANGED", "points_item", item.id(), before, snapshot(item));
    return item;
  }

  public ShopItem restock(String itemId, int quantity) {
    if (quantity <= 0 || quantity > 1_000_000) {
      throw DomainException.invalidField("quantity", "INVALID_QUANTITY").with(1_000_000);
    }
    points.lockOrganizationPoints();
    ShopItem item = get(itemId);
    String before = snapshot(item);
    shop.addStock(item.id(), quantity);
    shop.reload(item);
    auditLog.record("POINTS_ITEM_RESTOCKED", "points_item", item.id(), before, snapshot(item));
    return item;
  }

  /** Staff see every item; volunteers only those on offer. */
  public Page<ShopItem> list(PageRequest page) {
    return page.page(shop.items(!isStaff(), page.afterId(), page.limit() + 1), ShopItem::id);
  }

  public ShopItem get(String itemId) {
    return shop.findItem(itemId)
        .filter(i -> i.active() || isStaff())
        .orElseThrow(() -> DomainException.notFound("ITEM_NOT_FOUND"));
  }

  public boolean isStaff() {
    return requestContext.hasOrgRole(OrgRole.STAFF.wireName())
        || requestContext.hasOrgRole(OrgRole.ORG_ADMIN.wireName());
  }

  private static String snapshot(ShopItem i) {
    return Json.createObjectBuilder()
        .add("name", i.name())
        .add("donor", i.donor())
        .add("stock", i.stock())
        .add("pricePoints", i.pricePoints())
        .add("perPersonLimit", i.perPersonLimit())
        .add("active", i.active())
        .build()
        .toString();
  }
}
