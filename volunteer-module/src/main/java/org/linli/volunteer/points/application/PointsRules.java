package org.linli.volunteer.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.points.domain.EarningRules;
import org.linli.volunteer.points.domain.PointsRepository;
import org.linli.volunteer.points.domain.PointsRuleVersion;

/** Publishing earning rules (versioned, never back-dated) and per-activity bonuses. */
@ApplicationScoped
@Transactional
@TenantScoped
public class PointsRules {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject PointsRepository points;
  @Inject ActivityRepository activities;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public PointsRuleVersion publish(LocalDate effectiveFrom, EarningRules rules) {
    points.lockOrganizationPoints(); // one publisher at a time: version numbers never collide
    PointsRuleVersion version =
        PointsRuleVersion.publish(
            points.nextRuleVersion(),
            effectiveFrom,
            rules,
            LocalDate.now(CHINA),
            requestContext.actor(),
            Instant.now());
    points.addRule(version);
    auditLog.record(
        "POINTS_RULES_PUBLISHED",
        "points_rule",
        Integer.toString(version.version()),
        null,
        "{\"effectiveFrom\":\""
            + effectiveFrom
            + "\",\"pointsPerHour\":"
            + rules.pointsPerHour()
            + ",\"expiry\":\""
            + rules.expiry().kind()
            + "\"}");
    return version;
  }

  /** Every published version, oldest first: a handful, paged in memory by version number. */
  public Page<PointsRuleVersion> versions(PageRequest page) {
    return page.slice(points.rules(), v -> Integer.toString(v.version()));
  }

  /** The rules in force on {@code day}; the defaults while the organization has published none. */
  public EarningRules inForce(LocalDate day) {
    return points.ruleInForce(day).map(PointsRuleVersion::rules).orElse(EarningRules.DEFAULT);
  }

  public int setBonus(String activityId, int bonusPoints) {
    if (activities.find(activityId).isEmpty()) {
      throw DomainException.notFound("ACTIVITY_NOT_FOUND");
    }
    if (bonusPoints < 0 || bonusPoints > 1_000_000) {
      throw DomainException.invalidField("bonusPoints", "INVALID_BONUS");
    }
    Integer before = points.bonusOf(activityId).orElse(null);
    points.setBonus(activityId, bonusPoints, Instant.now());
    auditLog.record(
        "POINTS_ACTIVITY_BONUS_SET",
        "activity",
        activityId,
        before == null ? null : "{\"bonusPoints\":" + before + "}",
        "{\"bonusPoints\":" + bonusPoints + "}");
    return bonusPoints;
  }

  public int bonusOf(String activityId) {
    return activityId == null ? 0 : points.bonusOf(activityId).orElse(0);
  }
}
