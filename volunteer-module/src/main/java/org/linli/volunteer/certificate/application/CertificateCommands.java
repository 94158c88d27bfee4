package org.linli.volunteer.certificate.application;

import java.time.LocalDate;

/** Commands of the certificate use cases. */
public final class CertificateCommands {
  private CertificateCommands() {}

  public record IssueCertificate(
      String volunteerId, LocalDate from, LocalDate to, String purpose) {}

  public record RevokeCertificate(String volunteerId, String certificateId, String reason) {}
}
