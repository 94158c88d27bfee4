package org.linli.fund.disbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.linli.fund.accounting.application.Funds;
import org.linli.fund.disbursement.domain.DisbursementSettings;
import org.linli.fund.disbursement.domain.SettingsRepository;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/** The organization's approval thresholds and fast-lane set-up, versioned. */
@ApplicationScoped
@Transactional
@TenantScoped
public class DisbursementRules {
  @Inject SettingsRepository settings;
  @Inject Funds funds;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record ReplaceSettings(
      long expectedVersion,
      long singleApproverLimit,
      UUID fastFundId,
      Long fastCaseCap,
      Long fastYearlyLimit,
      int backfillWorkingDays) {}

  public DisbursementSettings current() {
    return settings.current().orElse(DisbursementSettings.defaults());
  }

  public DisbursementSettings replace(ReplaceSettings c) {
    DisbursementSettings now = current();
    if (now.version() != c.expectedVersion()) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    if (c.fastFundId() != null) {
      funds.require(c.fastFundId());
      if (c.fastCaseCap() == null || c.fastYearlyLimit() == null) {
        throw DomainException.invalidField("fastLane", "FAST_LANE_LIMITS_REQUIRED");
      }
      if (c.fastCaseCap() > c.fastYearlyLimit()) {
        throw DomainException.invalidField("fastLane.caseCap", "FAST_LANE_CAP_OVER_YEARLY_LIMIT");
      }
    }
    DisbursementSettings next =
        new DisbursementSettings(
            now.version() + 1,
            c.singleApproverLimit(),
            c.fastFundId(),
            c.fastFundId() == null ? null : c.fastCaseCap(),
            c.fastFundId() == null ? null : c.fastYearlyLimit(),
            c.backfillWorkingDays(),
            requestContext.actor(),
            Instant.now());
    if (!settings.add(next)) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    auditLog.record(
        "DISBURSEMENT_SETTINGS_CHANGED",
        "disbursement_settings",
        Long.toString(next.version()),
        "{\"version\":" + now.version() + "}",
        "{\"version\":"
            + next.version()
            + ",\"singleApproverLimit\":"
            + next.singleApproverLimit()
            + "}");
    return next;
  }
}
