package org.linli.tenant.domain.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.linli.kernel.error.DomainException;

/**
 * A tenant. The platform registry of organizations is not itself tenant-scoped; its id is the
 * tenant id used in every tenant table and in URLs.
 */
@Entity
@Table(name = "organization")
public class Organization {
  @Id private String id;
  private String name;

  @Enumerated(EnumType.STRING)
  private OrgType type;

  @Column(name = "credit_code")
  private String creditCode;

  @Column(name = "region_code")
  private String regionCode;

  @Column(name = "contact_name")
  private String contactName;

  /** AES-GCM ciphertext. */
  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_phone_masked")
  private String contactPhoneMasked;

  @Column(name = "contact_email")
  private String contactEmail;

  @Enumerated(EnumType.STRING)
  private OrgStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Organization() {}

  public Organization(
      String id,
      String name,
      OrgType type,
      UnifiedSocialCreditCode creditCode,
      String regionCode,
      Contact contact,
      Instant now) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.creditCode = creditCode.value();
    this.regionCode = regionCode;
    this.contactName = contact.name();
    this.contactPhone = contact.phoneCiphertext();
    this.contactPhoneMasked = contact.phoneMasked();
    this.contactEmail = contact.email();
    this.status = OrgStatus.ACTIVE;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The organization's contact; the phone arrives already encrypted. */
  public record Contact(String name, String phoneCiphertext, String phoneMasked, String email) {}

  public void suspend(Instant now) {
    if (status == OrgStatus.SUSPENDED) {
      throw DomainException.conflict("ORG_ALREADY_SUSPENDED");
    }
    status = OrgStatus.SUSPENDED;
    updatedAt = now;
  }

  public void reactivate(Instant now) {
    if (status == OrgStatus.ACTIVE) {
      throw DomainException.conflict("ORG_ALREADY_ACTIVE");
    }
    status = OrgStatus.ACTIVE;
    updatedAt = now;
  }

  public boolean isSuspended() {
    return status == OrgStatus.SUSPENDED;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public OrgType type() {
    return type;
  }

  public String creditCode() {
    return creditCode;
  }

  public String regionCode() {
    return regionCode;
  }

  public String contactName() {
    return contactName;
  }

  public String contactPhoneCiphertext() {
    return contactPhone;
  }

  public String contactPhoneMasked() {
    return contactPhoneMasked;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public OrgStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
