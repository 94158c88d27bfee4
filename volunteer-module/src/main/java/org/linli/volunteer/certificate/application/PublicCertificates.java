package org.linli.volunteer.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.certificate.domain.CertificateCheck;
import org.linli.volunteer.certificate.domain.CertificateRepository;
import org.linli.volunteer.certificate.domain.CertificateSeal;
import org.linli.volunteer.certificate.domain.InvalidReason;
import org.linli.volunteer.certificate.infrastructure.CertificateKeys;

/**
 * Verification by anyone holding a certificate number (Art. 17: certificates must be checkable),
 * without a login. No tenant was admitted for such a request, so the transaction is bound to the
 * organization named in the path; RLS still confines every read to it, and the answer carries only
 * the certificate's own facts, and those only for the holder of its digest.
 */
@ApplicationScoped
public class PublicCertificates {
  @Inject TenantSession tenantSession;
  @Inject CertificateRepository certificates;
  @Inject CertificateKeys keys;

  /** {@code digestMatches} is null when no digest was presented. */
  public record Verification(CertificateCheck check, Boolean digestMatches) {
    public boolean valid() {
      return check.valid() && !Boolean.FALSE.equals(digestMatches);
    }

    /** Null when valid. */
    public InvalidReason reason() {
      InvalidReason reason = check.reason();
      return reason == null && Boolean.FALSE.equals(digestMatches)
          ? InvalidReason.DIGEST_MISMATCH
          : reason;
    }

    /**
     * Only the holder of the QR code's digest sees the facts: numbers are sequential, so without it
     * anyone could walk an organization's numbers and read each volunteer's masked name, number and
     * hours. Without it the answer is only that the number exists, and its status.
     */
    public boolean factsDisclosed() {
      return Boolean.TRUE.equals(digestMatches);
    }
  }

  @Transactional
  public Verification verify(String org, String certificateNo, String presentedDigest) {
    TenantId tenant;
    try {
      tenant = TenantId.of(org);
    } catch (DomainException malformed) {
      throw notFound(); // the same answer as an unknown organization: codes are not probed here
    }
    tenantSession.bind(tenant);
    var certificate = certificates.findByNumber(certificateNo).orElseThrow(this::notFound);
    CertificateCheck check = certificate.check(tenant.value(), keys.ring());
    // The presented digest is compared with the digest recomputed from the stored facts, so a
    // paper copy matches only the facts that were actually signed.
    Boolean digestMatches =
        presentedDigest == null || presentedDigest.isBlank()
            ? null
            : sameText(
                presentedDigest.strip(), CertificateSeal.digestOf(certificate.canonicalFacts()));
    return new Verification(check, digestMatches);
  }

  /** In constant time: the digest now unlocks the facts, so its comparison must not leak it. */
  private static boolean sameText(String presented, String expected) {
    return MessageDigest.isEqual(
        presented.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
        expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
  }

  private DomainException notFound() {
    return DomainException.notFound("CERTIFICATE_NOT_FOUND");
  }
}
