package org.linli.volunteer.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * An issued certificate: the canonical facts exactly as signed, their digest and signature. The
 * facts never change after issue; only the status does (revocation, with a reason).
 */
@Entity
@Table(name = "certificate")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Certificate {
  @Id private String id;

  @Column(name = "certificate_no")
  private String certificateNo;

  @Column(name = "volunteer_id")
  private String volunteerId;

  /** The signed text, byte for byte; parsed on reading, never rebuilt from other columns. */
  private String facts;

  private String digest;
  private String signature;

  @Column(name = "key_id")
  private String keyId;

  @Enumerated(EnumType.STRING)
  private CertificateStatus status;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issued_by")
  private String issuedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoke_reason")
  private String revokeReason;

  @Version private long version;

  protected Certificate() {}

  public static Certificate issue(
      String id,
      String volunteerId,
      CertificateFacts facts,
      String canonicalFacts,
      CertificateSeal seal,
      String by,
      Instant now) {
    Certificate c = new Certificate();
    c.id = id;
    c.certificateNo = facts.certificateNo();
    c.volunteerId = volunteerId;
    c.facts = canonicalFacts;
    c.digest = seal.digest();
    c.signature = seal.signature();
    c.keyId = seal.keyId();
    c.status = CertificateStatus.VALID;
    c.issuedAt = now;
    c.issuedBy = by;
    return c;
  }

  public void revoke(String reason, String by, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED")
          .withMessage("REASON_REQUIRED.MANUAL_CHECKIN");
    }
    if (status == CertificateStatus.REVOKED) {
      throw DomainException.conflict("CERTIFICATE_ALREADY_REVOKED");
    }
    status = CertificateStatus.REVOKED;
    revokeReason = reason;
    revokedBy = by;
    revokedAt = now;
  }

  /**
   * Checks the stored row against its seal: the signature over the stored text with the key the row
   * names (trusted: known and not compromised), the stored digest recomputed, and the columns used
   * to find the row (number, tenant) against the signed facts, so a changed column cannot make a
   * genuine certificate answer for another number. The key id is outside the signed text: changing
   * it can only point at a key whose signature then fails, or at a distrusted one.
   */
  public CertificateCheck check(String tenant, CertificateKeyRing keys) {
    boolean digestIntact = CertificateSeal.digestOf(facts).equals(digest);
    CertificateFacts parsed;
    try {
      parsed = CertificateFacts.fromJson(facts);
    } catch (IllegalArgumentException unreadable) {
      parsed = null;
    }
    CertificateKeyRing.Trust trust = keys.trust(keyId, parsed == null ? null : parsed.issueDate());
    boolean signatureValid =
        trust == CertificateKeyRing.Trust.TRUSTED
            && CertificateSeal.verify(facts, signature, keys.key(keyId).orElseThrow());
    if (parsed == null) {
      return new CertificateCheck(status, trust, signatureValid, digestIntact, false, null);
    }
    boolean consistent =
        parsed.certificateNo().equals(certificateNo)
            && parsed.issuer().org().equals(tenant)
            && parsed.totalAddsUp()
            && parsed.toCanonicalJson().equals(facts);
    return new CertificateCheck(status, trust, signatureValid, digestIntact, consistent, parsed);
  }

  /** The stored facts for display (unchecked); empty when the stored text is unreadable. */
  public Optional<CertificateFacts> readableFacts() {
    try {
      return Optional.of(CertificateFacts.fromJson(facts));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  public String id() {
    return id;
  }

  public String certificateNo() {
    return certificateNo;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String canonicalFacts() {
    return facts;
  }

  public String digest() {
    return digest;
  }

  public String keyId() {
    return keyId;
  }

  public CertificateStatus status() {
    return status;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokeReason() {
    return revokeReason;
  }
}
