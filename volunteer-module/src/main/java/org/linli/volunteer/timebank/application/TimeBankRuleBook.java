package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.timebank.domain.DeceasedBalanceRule;
import org.linli.volunteer.timebank.domain.TimeBankRuleRepository;
import org.linli.volunteer.timebank.domain.TimeBankRuleVersion;
import org.linli.volunteer.timebank.domain.TimeBankRules;

/**
 * The organization's time bank rules by date. Versions only take effect today or later: postings
 * already made keep the rules they were made under, so history never changes.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class TimeBankRuleBook {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  @Inject TimeBankRuleRepository repository;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** The rules in force on {@code date} (the defaults before the first published version). */
  public TimeBankRules inForce(LocalDate date) {
    return repository.inForce(date).map(TimeBankRuleVersion::rules).orElse(TimeBankRules.DEFAULTS);
  }

  public TimeBankRules today() {
    return inForce(ChinaTime.today());
  }

  /** Every published version, newest first: a handful, paged in memory by effective date. */
  public Page<TimeBankRuleVersion> versions(PageRequest page) {
    return page.slice(repository.versions(), v -> v.rules().effectiveFrom().toString());
  }

  public TimeBankRules publish(PublishTimeBankRules cmd) {
    if (cmd.effectiveFrom() == null) {
      throw DomainException.invalidField("effectiveFrom", "EFFECTIVE_FROM_REQUIRED");
    }
    if (cmd.effectiveFrom().isBefore(ChinaTime.today())) {
      throw DomainException.rule("RULES_EFFECTIVE_IN_PAST");
    }
    TimeBankRules base = inForce(cmd.effectiveFrom());
    TimeBankRules rules =
        new TimeBankRules(
            cmd.effectiveFrom(),
            cmd.capHours() == null ? base.capMinutes() : minutes(cmd.capHours()),
            cmd.categoryWeights() == null ? base.categoryWeights() : cmd.categoryWeights(),
            Objects.requireNonNullElse(cmd.redeemFromAge(), base.redeemFromAge()),
            Objects.requireNonNullElse(cmd.familyMinAge(), base.familyMinAge()),
            cmd.familyTransferMaxHoursPerYear() == null
                ? base.familyTransferMaxMinutesPerYear()
                : minutes(cmd.familyTransferMaxHoursPerYear()),
            Objects.requireNonNullElse(
                cmd.groupActivityDonateOnly(), base.groupActivityDonateOnly()),
            Objects.requireNonNullElse(cmd.dormancyDays(), base.dormancyDays()),
            cmd.deceasedBalance() == null
                ? base.deceasedBalance()
                : deceased(cmd.deceasedBalance()));
    if (!repository.add(new TimeBankRuleVersion(rules, requestContext.actor(), Instant.now()))) {
      throw DomainException.conflict("RULES_VERSION_EXISTS");
    }
    auditLog.record(
        "TIME_BANK_RULES_PUBLISHED",
        "time_bank_rules",
        rules.effectiveFrom().toString(),
        null,
        "{\"capMinutes\":"
            + rules.capMinutes()
            + ",\"redeemFromAge\":"
            + rules.redeemFromAge()
            + "}");
    return rules;
  }

  /** Whole minutes, rounded down so a cap or a limit is never exceeded by rounding. */
  private static long minutes(BigDecimal hours) {
    if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(100_000)) > 0) {
      throw DomainException.invalidField("hours", "INVALID_TIME_BANK_RULES");
    }
    return hours.multiply(SIXTY).longValue();
  }

  private static DeceasedBalanceRule deceased(String value) {
    try {
      return DeceasedBalanceRule.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("deceasedBalance", "INVALID_TIME_BANK_RULES")
          .withMessage("INVALID_TIME_BANK_RULES.DECEASED_BALANCE");
    }
  }
}
