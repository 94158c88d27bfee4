package org.linli.volunteer.timebank.domain;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One published version of an organization's time bank rules; never changed once stored. */
@Entity
@Table(name = "time_bank_rules")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class TimeBankRuleVersion {
  @Id
  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "cap_minutes")
  private long capMinutes;

  /** JSON object: category -> weight. */
  @Column(name = "category_weights")
  private String categoryWeights;

  @Column(name = "redeem_from_age")
  private int redeemFromAge;

  @Column(name = "family_min_age")
  private int familyMinAge;

  @Column(name = "family_transfer_max_minutes_per_year")
  private long familyTransferMaxMinutesPerYear;

  @Column(name = "group_activity_donate_only")
  private boolean groupActivityDonateOnly;

  @Column(name = "dormancy_days")
  private int dormancyDays;

  @Column(name = "deceased_balance")
  private String deceasedBalance;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected TimeBankRuleVersion() {}

  public TimeBankRuleVersion(TimeBankRules rules, String createdBy, Instant createdAt) {
    this.effectiveFrom = rules.effectiveFrom();
    this.capMinutes = rules.capMinutes();
    this.categoryWeights = weightsJson(rules.categoryWeights());
    this.redeemFromAge = rules.redeemFromAge();
    this.familyMinAge = rules.familyMinAge();
    this.familyTransferMaxMinutesPerYear = rules.familyTransferMaxMinutesPerYear();
    this.groupActivityDonateOnly = rules.groupActivityDonateOnly();
    this.dormancyDays = rules.dormancyDays();
    this.deceasedBalance = rules.deceasedBalance().name();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public TimeBankRules rules() {
    Map<String, BigDecimal> weights = new TreeMap<>();
    JsonObject json = Json.createReader(new StringReader(categoryWeights)).readObject();
    json.forEach((k, v) -> weights.put(k, ((JsonNumber) v).bigDecimalValue()));
    return new TimeBankRules(
        effectiveFrom,
        capMinutes,
        weights,
        redeemFromAge,
        familyMinAge,
        familyTransferMaxMinutesPerYear,
        groupActivityDonateOnly,
        dormancyDays,
        DeceasedBalanceRule.valueOf(deceasedBalance));
  }

  public String categoryWeightsJson() {
    return categoryWeights;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  private static String weightsJson(Map<String, BigDecimal> weights) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    new TreeMap<>(weights).forEach(b::add);
    return b.build().toString();
  }
}
