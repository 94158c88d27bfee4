package org.linli.volunteer.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.kernel.error.DomainException;
import org.linli.volunteer.certificate.domain.Certificate;
import org.linli.volunteer.certificate.domain.CertificateCheck;
import org.linli.volunteer.certificate.domain.CertificateStatus;
import org.linli.volunteer.certificate.infrastructure.CertificateKeys;
import org.linli.volunteer.certificate.infrastructure.CertificateLinks;
import org.linli.volunteer.certificate.infrastructure.pdf.CertificatePdf;

/**
 * Prints a certificate for staff ({@link Certificates}) and for its holder ({@link MyCertificates})
 * alike. Only a valid, untampered one is printed: paper made from altered or revoked facts would
 * carry a QR code that then fails verification.
 */
@ApplicationScoped
public class CertificatePrinter {
  @Inject CertificateKeys keys;
  @Inject CertificateLinks links;
  @Inject CertificatePdf pdf;

  public record Printed(String certificateNo, byte[] pdf) {}

  /** {@code tenant}: the organization the transaction is bound to, the certificate's issuer. */
  public Printed print(Certificate certificate, String tenant) {
    if (certificate.status() == CertificateStatus.REVOKED) {
      throw DomainException.conflict("CERTIFICATE_REVOKED");
    }
    CertificateCheck check = certificate.check(tenant, keys.ring());
    if (!check.intact()) {
      throw DomainException.conflict(
          switch (check.reason()) {
            case SIGNING_KEY_COMPROMISED -> "CERTIFICATE_SIGNING_KEY_COMPROMISED";
            case UNKNOWN_SIGNING_KEY -> "CERTIFICATE_SIGNING_KEY_UNKNOWN";
            default -> "CERTIFICATE_TAMPERED";
          });
    }
    return new Printed(
        certificate.certificateNo(),
        pdf.render(
            check.facts(),
            certificate.digest(),
            certificate.keyId(),
            links.verificationUrl(tenant, certificate.certificateNo(), certificate.digest())));
  }
}
