package org.linli.volunteer.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public verification address printed as a QR code. It carries the digest, so a verifier also
 * learns whether the paper in hand shows the facts that were signed. Not part of the signed facts:
 * the base URL may move, the certificates stay valid.
 */
@ApplicationScoped
public class CertificateLinks {
  @Inject
  @ConfigProperty(name = "linli.public-base-url", defaultValue = "http://127.0.0.1:9080")
  String publicBaseUrl;

  public String verificationUrl(String tenant, String certificateNo, String digest) {
    String base =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
    // Tenant codes, certificate numbers and hex digests are URL-safe by construction.
    return base + "/api/v1/public/certificates/" + tenant + "/" + certificateNo + "?d=" + digest;
  }
}
