package org.linli.volunteer.points.domain;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * One published version of an organization's earning rules. Versions are never changed: a new
 * version with a later (or the same) effective date takes over from that date.
 */
@Entity
@Table(name = "points_rule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class PointsRuleVersion {
  @Id private int version;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "points_per_hour")
  private int pointsPerHour;

  @Column(name = "category_weights")
  private String categoryWeights;

  @Enumerated(EnumType.STRING)
  @Column(name = "expiry_policy")
  private ExpiryPolicy.Kind expiryPolicy;

  @Column(name = "expiry_months")
  private Integer expiryMonths;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected PointsRuleVersion() {}

  /** A new version; rules may only take effect from today on (the past is already posted). */
  public static PointsRuleVersion publish(
      int version,
      LocalDate effectiveFrom,
      EarningRules rules,
      LocalDate today,
      String by,
      Instant now) {
    if (effectiveFrom == null) {
      throw DomainException.invalidField("effectiveFrom", "EFFECTIVE_FROM_REQUIRED");
    }
    if (effectiveFrom.isBefore(today)) {
      throw DomainException.rule("EFFECTIVE_FROM_IN_PAST");
    }
    PointsRuleVersion v = new PointsRuleVersion();
    v.version = version;
    v.effectiveFrom = effectiveFrom;
    v.pointsPerHour = rules.pointsPerHour();
    v.categoryWeights = weightsJson(rules.categoryWeights());
    v.expiryPolicy = rules.expiry().kind();
    v.expiryMonths = rules.expiry().months();
    v.createdBy = by;
    v.createdAt = now;
    return v;
  }

  public EarningRules rules() {
    Map<String, BigDecimal> weights = new TreeMap<>();
    JsonObject json = Json.createReader(new StringReader(categoryWeights)).readObject();
    json.forEach((k, val) -> weights.put(k, ((JsonNumber) val).bigDecimalValue()));
    return new EarningRules(pointsPerHour, weights, new ExpiryPolicy(expiryPolicy, expiryMonths));
  }

  private static String weightsJson(Map<String, BigDecimal> weights) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    new TreeMap<>(weights).forEach(b::add);
    return b.build().toString();
  }

  public int version() {
    return version;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
