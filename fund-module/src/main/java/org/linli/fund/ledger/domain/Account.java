package org.linli.fund.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A ledger account. Its balance is never set through this entity: it only moves with postings, by a
 * guarded single-row update in the same transaction (see {@link LedgerRepository#applyDelta}).
 */
@Entity(name = "LedgerAccount")
@Table(name = "ledger_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Account {
  @Id private String id;

  @Enumerated(EnumType.STRING)
  private Unit unit;

  private String kind;

  @Column(name = "owner_type")
  private String ownerType;

  @Column(name = "owner_id")
  private String ownerId;

  private String name;

  @Column(name = "no_negative")
  private boolean noNegative;

  @Column(insertable = false, updatable = false)
  private long balance;

  @Column(name = "created_at")
  private Instant createdAt;

  /** Set for accounts that exist at most once per kind and owner (see {@link #singletonKey}). */
  @Column(name = "singleton_key")
  private String singletonKey;

  protected Account() {}

  /** Who an account belongs to, e.g. ("VOLUNTEER", id); both parts or neither. */
  public record Owner(String type, String id) {}

  public static Account open(
      String id,
      Unit unit,
      String kind,
      Owner owner,
      String name,
      boolean noNegative,
      Instant now) {
    if (kind == null || !kind.matches("[A-Z][A-Z0-9_]{0,39}")) {
      throw DomainException.invalidField("kind", "INVALID_KIND");
    }
    if (owner != null && (blank(owner.type()) || blank(owner.id()))) {
      throw DomainException.invalidField("owner", "INVALID_OWNER");
    }
    Account a = new Account();
    a.id = id;
    a.unit = unit;
    a.kind = kind;
    a.ownerType = owner == null ? null : owner.type();
    a.ownerId = owner == null ? null : owner.id();
    a.name = name;
    a.noNegative = noNegative;
    a.createdAt = now;
    return a;
  }

  /**
   * Opens the one account of this kind and owner: the database's unique singleton key makes
   * concurrent first openings end with a single account.
   */
  public static Account openSingleton(
      String id,
      Unit unit,
      String kind,
      Owner owner,
      String name,
      boolean noNegative,
      Instant now) {
    Account a = open(id, unit, kind, owner, name, noNegative, now);
    a.singletonKey = singletonKey(kind, owner);
    return a;
  }

  /** The key that makes an account of this kind and owner unique. */
  public static String singletonKey(String kind, Owner owner) {
    return kind + "|" + (owner == null ? "|" : owner.type() + "|" + owner.id());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String id() {
    return id;
  }

  public Unit unit() {
    return unit;
  }

  public String kind() {
    return kind;
  }

  public Owner owner() {
    return ownerType == null ? null : new Owner(ownerType, ownerId);
  }

  public String name() {
    return name;
  }

  public boolean noNegative() {
    return noNegative;
  }

  public long balance() {
    return balance;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String singletonKey() {
    return singletonKey;
  }
}
