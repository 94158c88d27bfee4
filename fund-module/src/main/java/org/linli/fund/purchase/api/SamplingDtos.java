package org.linli.fund.purchase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.purchase.application.Sampling;
import org.linli.fund.purchase.domain.Rectification;
import org.linli.fund.purchase.domain.Sample;
import org.linli.fund.purchase.domain.SampleCheck;
import org.linli.fund.purchase.domain.SampledOrder;
import org.linli.kernel.time.ChinaTime;

/** Bodies of acceptance sampling and rectification (ADR 0015, part B). */
public final class SamplingDtos {
  private SamplingDtos() {}

  public record SampleRateRequest(
      @NotNull @Schema(description = "Percent of the month's completed orders, minimum..100")
          Integer ratePercent) {}

  public record SampleRateView(
      int ratePercent,
      @Schema(description = "The platform's floor (linli.purchase.sample-min-percent)")
          int minimumPercent,
      @Schema(description = "False while the contract uses the default rate") boolean configured) {
    static SampleRateView of(Sampling.Rate r) {
      return new SampleRateView(r.ratePercent(), r.minimumPercent(), r.configured());
    }
  }

  public record DrawRequest(
      @NotBlank
          @Pattern(regexp = "\\d{4}-\\d{2}")
          @Schema(description = "The month whose completed orders are sampled", example = "2026-11")
          String month) {}

  public record DiscardRequest(
      @Schema(description = "Why the draw is discarded (kept with it and audited)")
          String reason) {}

  public record SampleView(
      String id,
      String contractId,
      @Schema(example = "2026-11") String month,
      int ratePercent,
      @Schema(description = "64-bit seed of the draw, 16 hex digits") String seed,
      @Schema(description = "How the sample is drawn from seed and population") String algorithm,
      int populationSize,
      int sampleSize,
      @Schema(description = "SHA-256 of the population's order ids, sorted, joined by \\n")
          String populationDigest,
      @Schema(enumeration = {"ACTIVE", "DISCARDED"}) String status,
      String drawnBy,
      Instant drawnAt,
      String discardedBy,
      Instant discardedAt,
      String discardReason) {
    static SampleView of(Sample s) {
      return new SampleView(
          s.id(),
          s.contractId(),
          s.month().toString(),
          s.ratePercent(),
          s.seed(),
          s.algorithm(),
          s.populationSize(),
          s.sampleSize(),
          s.populationDigest(),
          s.status().name(),
          s.drawnActor(),
          s.drawnAt(),
          s.discardedActor(),
          s.discardedAt(),
          s.discardReason());
    }
  }

  public record SampleVerificationView(
      SampleView sample,
      @Schema(description = "The drawn orders as stored, in rank order") List<String> stored,
      @Schema(description = "The draw recomputed from the stored seed and population")
          List<String> recomputed,
      @Schema(description = "Stored and recomputed draws are the same") boolean matches,
      @Schema(description = "Digest of the stored population") String populationDigest,
      @Schema(description = "The stored population still has the digest taken at the draw")
          boolean populationIntact,
      @Schema(description = "Completed orders of the month now") int populationNow,
      @Schema(description = "The month's completed orders now are the population of the draw")
          boolean populationUnchangedSinceDraw) {
    static SampleVerificationView of(Sampling.Verification v) {
      return new SampleVerificationView(
          SampleView.of(v.sample()),
          v.stored(),
          v.recomputed(),
          v.matches(),
          v.populationDigest(),
          v.populationIntact(),
          v.populationNow(),
          v.populationUnchangedSinceDraw());
    }
  }

  public record CheckRequest(
      @NotNull @Schema(enumeration = {"PASSED", "FAILED", "RECTIFY"}) String result,
      @Size(max = 500) String note,
      @Schema(description = "Required when the order already has a result (a change)")
          String reason) {}

  public record CheckView(
      int seq,
      @Schema(enumeration = {"PASSED", "FAILED", "RECTIFY"}) String result,
      String note,
      String reason,
      String rectificationId,
      String checkedBy,
      Instant checkedAt) {
    static CheckView of(SampleCheck c) {
      return new CheckView(
          c.seq(),
          c.result().name(),
          c.note(),
          c.reason(),
          c.rectificationId(),
          c.checkedActor(),
          c.checkedAt());
    }
  }

  public record SampledOrderView(
      String sampleId,
      @Schema(description = "Place in the draw, 1 = lowest rank") int position,
      String orderId,
      String residentId,
      String itemCode,
      LocalDate serviceDate,
      String workerName,
      @Schema(
              description = "The latest check result, null before the first check",
              enumeration = {"PASSED", "FAILED", "RECTIFY"})
          String result,
      @Schema(description = "Every check entry, oldest first") List<CheckView> checks) {
    static SampledOrderView of(SampledOrder o) {
      return new SampledOrderView(
          o.sampleId(),
          o.position(),
          o.orderId(),
          o.residentId(),
          o.itemCode(),
          o.serviceDate(),
          o.workerName(),
          o.latest() == null ? null : o.latest().result().name(),
          o.checks().stream().map(CheckView::of).toList());
    }
  }

  public record RectificationRequest(
      @NotBlank String sampleId,
      @NotBlank String orderId,
      @Schema(description = "What is to be put right (1..1000 characters)") String request,
      @NotNull @Schema(description = "Last day for the provider's answer (China time)")
          LocalDate deadline) {}

  public record RectificationAnswerRequest(
      @Schema(description = "The provider's answer (1..2000 characters)") String text,
      @Schema(description = "SHA-256 (64 lower-case hex digits) of an evidence photo, optional")
          String evidenceSha256) {}

  public record RectificationCloseRequest(
      @NotNull @Schema(enumeration = {"PASSED", "FAILED"}) String outcome,
      @Size(max = 500) String note) {}

  public record RectificationView(
      String id,
      String contractId,
      String sampleId,
      String orderId,
      @Schema(example = "2026-11") String month,
      String request,
      LocalDate deadline,
      @Schema(enumeration = {"OPEN", "ANSWERED", "PASSED", "FAILED"}) String status,
      @Schema(description = "Open past its deadline, or answered after it") boolean late,
      String issuedBy,
      Instant issuedAt,
      String answer,
      String evidenceSha256,
      String answeredBy,
      Instant answeredAt,
      String closedBy,
      Instant closedAt,
      String closeNote) {
    static RectificationView of(Rectification r) {
      return new RectificationView(
          r.id(),
          r.contractId(),
          r.sampleId(),
          r.orderId(),
          r.month().toString(),
          r.request(),
          r.deadline(),
          r.status().name(),
          r.late(ChinaTime.today()),
          r.issuedActor(),
          r.issuedAt(),
          r.answer(),
          r.evidenceSha256(),
          r.answeredActor(),
          r.answeredAt(),
          r.closedActor(),
          r.closedAt(),
          r.closeNote());
    }
  }
}
