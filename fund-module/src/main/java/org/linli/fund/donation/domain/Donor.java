package org.linli.fund.donation.domain;

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
 * Someone who gives: a person (ID number encrypted, only its mask readable), a company or other
 * organization with its 统一社会信用代码, or an anonymous giver (匿名, one name for all of them).
 */
@Entity
@Table(name = "donation_donor")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Donor {
  public enum Kind {
    INDIVIDUAL,
    COMPANY,
    ANONYMOUS
  }

  /** What a receipt shows as 交款人 for an anonymous gift. */
  public static final String ANONYMOUS_NAME = "匿名";

  @Id private String id;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String name;

  @Column(name = "id_type")
  private String idType;

  @Column(name = "id_number_cipher")
  private String idNumberCipher;

  @Column(name = "id_number_masked")
  private String idNumberMasked;

  @Column(name = "credit_code")
  private String creditCode;

  private String contact;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Donor() {}

  private Donor(String id, Kind kind, String name, String contact, String by, Instant now) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.contact = contact;
    this.createdBy = by;
    this.createdAt = now;
  }

  /** A person; the ID document is optional, but when given it is encrypted and masked. */
  public static Donor individual(
      String id,
      String name,
      String idType,
      String idCipher,
      String idMasked,
      String contact,
      String by,
      Instant now) {
    Donor d = new Donor(id, Kind.INDIVIDUAL, requireName(name), contact, by, now);
    d.idType = idType;
    d.idNumberCipher = idCipher;
    d.idNumberMasked = idMasked;
    return d;
  }

  public static Donor company(
      String id, String name, String creditCode, String contact, String by, Instant now) {
    Donor d = new Donor(id, Kind.COMPANY, requireName(name), contact, by, now);
    d.creditCode = creditCode;
    return d;
  }

  public static Donor anonymous(String id, String by, Instant now) {
    return new Donor(id, Kind.ANONYMOUS, ANONYMOUS_NAME, null, by, now);
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw DomainException.invalidField("name", "DONOR_NAME_REQUIRED");
    }
    return name.strip();
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String idType() {
    return idType;
  }

  public String idNumberCipher() {
    return idNumberCipher;
  }

  public String idNumberMasked() {
    return idNumberMasked;
  }

  public String creditCode() {
    return creditCode;
  }

  public String contact() {
    return contact;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
