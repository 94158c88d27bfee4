package org.linli.volunteer.points.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * An item of the points shop, donated by a business (the donor is recorded and shown). Its stock
 * never changes through this entity: reservations and restocks move it by guarded single-row
 * updates, so concurrent redemptions can never take it below zero.
 */
@Entity
@Table(name = "points_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class ShopItem {
  @Id private String id;
  private String name;
  private String description;
  private String donor;

  @Column(updatable = false)
  private int stock;

  @Column(name = "price_points")
  private long pricePoints;

  @Column(name = "per_person_limit")
  private int perPersonLimit;

  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected ShopItem() {}

  /** What staff enter for a new item. */
  public record Details(
      String name, String description, String donor, long pricePoints, int perPersonLimit) {}

  /** What may change later; null leaves a field as it is. */
  public record Changes(
      String name, String description, Long pricePoints, Integer perPersonLimit, Boolean active) {}

  public ShopItem(String id, Details d, int stock, Instant now) {
    if (stock < 0) {
      throw DomainException.invalidField("stock", "INVALID_STOCK");
    }
    this.id = id;
    this.name = d.name().strip();
    this.description = d.description() == null ? "" : d.description().strip();
    this.donor = d.donor().strip();
    this.stock = stock;
    setPrice(d.pricePoints());
    setLimit(d.perPersonLimit());
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void change(Changes c, Instant now) {
    if (c.name() != null) {
      if (c.name().isBlank()) {
        throw DomainException.invalidField("name", "NAME_REQUIRED");
      }
      name = c.name().strip();
    }
    if (c.description() != null) {
      description = c.description().strip();
    }
    if (c.pricePoints() != null) {
      setPrice(c.pricePoints());
    }
    if (c.perPersonLimit() != null) {
      setLimit(c.perPersonLimit());
    }
    if (c.active() != null) {
      active = c.active();
    }
    updatedAt = now;
  }

  public void requireActive() {
    if (!active) {
      throw DomainException.rule("ITEM_INACTIVE");
    }
  }

  private void setPrice(long price) {
    if (price <= 0 || price > 100_000_000) {
      throw DomainException.invalidField("pricePoints", "INVALID_PRICE");
    }
    pricePoints = price;
  }

  private void setLimit(int limit) {
    if (limit <= 0 || limit > 1_000_000) {
      throw DomainException.invalidField("perPersonLimit", "INVALID_PER_PERSON_LIMIT");
    }
    perPersonLimit = limit;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String donor() {
    return donor;
  }

  public int stock() {
    return stock;
  }

  public long pricePoints() {
    return pricePoints;
  }

  public int perPersonLimit() {
    return perPersonLimit;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
