package org.linli.volunteer.certificate.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.volunteer.certificate.domain.Certificate;
import org.linli.volunteer.certificate.domain.CertificateFacts;
import org.linli.volunteer.certificate.domain.CertificateFacts.Issuer;
import org.linli.volunteer.certificate.domain.CertificateStatus;
import org.linli.volunteer.certificate.domain.InvalidReason;

/** Bodies of the certificate APIs. There is no fee anywhere: certificates are free of charge. */
public final class CertificateDtos {
  private CertificateDtos() {}

  public record IssueRequest(
      @NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 200) String purpose) {}

  public record RevokeRequest(@NotBlank @Size(max = 500) String reason) {}

  public record PeriodView(LocalDate from, LocalDate to) {}

  public record IssuerView(String name, String creditCode, String responsiblePerson) {
    static IssuerView of(Issuer i) {
      return new IssuerView(i.name(), i.creditCode(), i.responsiblePerson());
    }
  }

  public record ServiceView(LocalDate date, String activityName, String content, String hours) {}

  /** Everything the certificate states, for staff of the issuing organization. */
  public record FactsView(
      String volunteerName,
      String idNumberMasked,
      String volunteerNo,
      PeriodView period,
      String totalHours,
      List<ServiceView> records,
      IssuerView issuer,
      LocalDate issueDate,
      String purpose) {
    static FactsView of(CertificateFacts f) {
      return new FactsView(
          f.volunteer().name(),
          f.volunteer().idNumberMasked(),
          f.volunteer().volunteerNo(),
          new PeriodView(f.period().from(), f.period().to()),
          f.totalHours(),
          f.records().stream()
              .map(
                  r ->
                      new ServiceView(
                          r.date(),
                          r.activityName(),
                          r.content(),
                          CertificateFacts.hours(r.minutes())))
              .toList(),
          IssuerView.of(f.issuer()),
          f.issueDate(),
          f.purpose());
    }
  }

  public record CertificateView(
      String id,
      String certificateNo,
      String volunteerId,
      @Schema(implementation = CertificateStatus.class) String status,
      FactsView facts,
      String digest,
      String keyId,
      String verificationUrl,
      Instant issuedAt,
      String issuedBy,
      Instant revokedAt,
      String revokeReason) {
    static CertificateView of(Certificate c, String verificationUrl) {
      return new CertificateView(
          c.id(),
          c.certificateNo(),
          c.volunteerId(),
          c.status().name(),
          c.readableFacts().map(FactsView::of).orElse(null),
          c.digest(),
          c.keyId(),
          verificationUrl,
          c.issuedAt(),
          c.issuedBy(),
          c.revokedAt(),
          c.revokeReason());
    }
  }

  /** What anyone may learn about a certificate: its own facts, the name masked, no ID number. */
  public record PublicFactsView(
      String certificateNo,
      String volunteerName,
      String volunteerNo,
      String totalHours,
      PeriodView period,
      IssuerView issuer,
      LocalDate issueDate) {
    static PublicFactsView of(CertificateFacts f) {
      return new PublicFactsView(
          f.certificateNo(),
          f.volunteer().maskedName(),
          f.volunteer().volunteerNo(),
          f.totalHours(),
          new PeriodView(f.period().from(), f.period().to()),
          IssuerView.of(f.issuer()),
          f.issueDate());
    }
  }

  /**
   * {@code digestMatches} only when a digest was presented; {@code facts} only with the matching
   * digest (and readable), else {@code factsRequireDigest}; {@code reason}, why it is not valid,
   * only when not valid.
   */
  public record VerificationView(
      boolean valid,
      @Schema(implementation = CertificateStatus.class) String status,
      PublicFactsView facts,
      @Schema(description = "The signature verifies with a trusted key named by the certificate")
          boolean signatureValid,
      Boolean digestMatches,
      @Schema(implementation = InvalidReason.class) String reason,
      @Schema(
              description =
                  "True when the facts are withheld because the QR code's digest (d) was missing"
                      + " or did not match")
          boolean factsRequireDigest) {}
}
