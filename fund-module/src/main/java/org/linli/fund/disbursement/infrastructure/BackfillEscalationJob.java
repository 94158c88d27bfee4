package org.linli.fund.disbursement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.linli.fund.disbursement.application.FastLane;
import org.linli.kernel.tenancy.DailyTenantJob;

/**
 * Flags each organization's overdue fast-lane backfills in its audit log once (default 08:00 China
 * time, before the working day starts; {@code
 * linli.disbursement.backfill-escalation.enabled}/{@code .time}). Safe to repeat: an escalated
 * backfill is not flagged again.
 */
@ApplicationScoped
public class BackfillEscalationJob implements DailyTenantJob {
  @Inject FastLane fastLane;

  @Override
  public String name() {
    return "linli.disbursement.backfill-escalation";
  }

  @Override
  public String defaultTime() {
    return "08:00";
  }

  @Override
  public String runFor(LocalDate today) {
    return fastLane.escalate(today) + " overdue backfills flagged";
  }
}
