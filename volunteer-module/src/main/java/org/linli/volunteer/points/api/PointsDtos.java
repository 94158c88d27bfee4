package org.linli.volunteer.points.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.kernel.api.QueryParams;
import org.linli.volunteer.points.domain.EarningRules;
import org.linli.volunteer.points.domain.ExpiryPolicy;
import org.linli.volunteer.points.domain.PointLot;
import org.linli.volunteer.points.domain.PointsRuleVersion;
import org.linli.volunteer.points.domain.Redemption;
import org.linli.volunteer.points.domain.ShopItem;

/** Request and response bodies of points. Points are whole numbers, sent as JSON numbers. */
public final class PointsDtos {
  private PointsDtos() {}

  public record ExpiryBody(
      @Schema(implementation = ExpiryPolicy.Kind.class) @NotBlank String policy, Integer months) {
    ExpiryPolicy toPolicy() {
      return new ExpiryPolicy(
          QueryParams.enumValue(ExpiryPolicy.Kind.class, "policy", policy), months);
    }

    static ExpiryBody of(ExpiryPolicy p) {
      return new ExpiryBody(p.kind().name(), p.months());
    }
  }

  public record RulesRequest(
      @Schema(type = SchemaType.STRING, format = "date") @NotBlank String effectiveFrom,
      @Min(0) @Max(100_000) Integer pointsPerHour,
      Map<String, BigDecimal> categoryWeights,
      @Valid ExpiryBody expiry) {
    LocalDate effectiveDate() {
      return QueryParams.date("effectiveFrom", effectiveFrom);
    }

    EarningRules toRules() {
      return new EarningRules(
          pointsPerHour == null ? EarningRules.DEFAULT.pointsPerHour() : pointsPerHour,
          categoryWeights,
          expiry == null ? ExpiryPolicy.DEFAULT : expiry.toPolicy());
    }
  }

  public record RulesView(
      int version,
      LocalDate effectiveFrom,
      int pointsPerHour,
      Map<String, String> categoryWeights,
      ExpiryBody expiry,
      String createdBy,
      Instant createdAt) {
    static RulesView of(PointsRuleVersion v) {
      EarningRules r = v.rules();
      Map<String, String> weights = new TreeMap<>();
      r.categoryWeights().forEach((k, w) -> weights.put(k, w.stripTrailingZeros().toPlainString()));
      return new RulesView(
          v.version(),
          v.effectiveFrom(),
          r.pointsPerHour(),
          weights,
          ExpiryBody.of(r.expiry()),
          v.createdBy(),
          v.createdAt());
    }
  }

  public record BonusRequest(@NotNull @Min(0) @Max(1_000_000) Integer bonusPoints) {}

  public record BonusView(String activityId, int bonusPoints) {}

  public record ExpiryRunRequest(@Schema(type = SchemaType.STRING, format = "date") String asOf) {}

  public record ExpiryRunView(LocalDate asOf, int volunteers, long expiredPoints) {}

  public record ItemRequest(
      @NotBlank @Size(max = 100) String name,
      @Size(max = 2000) String description,
      @NotBlank @Size(max = 100) String donor,
      @NotNull @Min(0) @Max(1_000_000) Integer stock,
      @NotNull @Min(1) Long pricePoints,
      @NotNull @Min(1) Integer perPersonLimit) {
    ShopItem.Details toDetails() {
      return new ShopItem.Details(name, description, donor, pricePoints, perPersonLimit);
    }
  }

  public record ItemPatch(
      @Size(max = 100) String name,
      @Size(max = 2000) String description,
      @Min(1) Long pricePoints,
      @Min(1) Integer perPersonLimit,
      Boolean active) {
    ShopItem.Changes toChanges() {
      return new ShopItem.Changes(name, description, pricePoints, perPersonLimit, active);
    }
  }

  public record RestockRequest(@NotNull @Min(1) @Max(1_000_000) Integer quantity) {}

  public record ItemView(
      String id,
      String name,
      String description,
      String donor,
      int stock,
      long pricePoints,
      int perPersonLimit,
      boolean active,
      Instant createdAt) {
    static ItemView of(ShopItem i) {
      return new ItemView(
          i.id(),
          i.name(),
          i.description(),
          i.donor(),
          i.stock(),
          i.pricePoints(),
          i.perPersonLimit(),
          i.active(),
          i.createdAt());
    }
  }

  public record RedeemRequest(
      @NotBlank String itemId, @NotNull @Min(1) @Max(100) Integer quantity) {}

  public record PickupRequest(@NotBlank @Size(max = 20) String pickupCode) {}

  /** The pickup code is shown to the volunteer who redeemed, never in staff listings. */
  public record RedemptionView(
      String id,
      String itemId,
      String itemName,
      String volunteerId,
      int quantity,
      long points,
      String pickupCode,
      @Schema(implementation = Redemption.Status.class) String status,
      Instant createdAt,
      Instant resolvedAt) {
    static RedemptionView of(Redemption r, String itemName, boolean withCode) {
      return new RedemptionView(
          r.id(),
          r.itemId(),
          itemName,
          r.volunteerId(),
          r.quantity(),
          r.points(),
          withCode ? r.pickupCode() : null,
          r.status().name(),
          r.createdAt(),
          r.resolvedAt());
    }
  }

  public record ParticipationRequest(@NotNull Boolean optOut) {}

  public record ParticipationView(boolean optOut) {}

  public record AdjustmentRequest(
      @NotNull @Min(1) @Max(1_000_000) Long points, @NotBlank @Size(max = 500) String reason) {}

  public record LotView(
      String id,
      String source,
      String recordId,
      LocalDate earnedOn,
      LocalDate expiresOn,
      long points,
      long remaining,
      long consumed,
      long expired,
      long clawedBack,
      String memo) {
    static LotView of(PointLot l) {
      return new LotView(
          l.id(),
          l.source().name(),
          l.recordId(),
          l.earnedOn(),
          l.expiresOn(),
          l.points(),
          l.remaining(),
          l.consumed(),
          l.expired(),
          l.clawedBack(),
          l.memo());
    }
  }

  public record PointsAccountView(String volunteerId, long balance, List<LotView> lots) {}
}
