package org.linli.kernel.tenancy;

import java.time.LocalDate;

/**
 * Work a module runs once a day for every active organization (e.g. points expiry, dormancy
 * reminders). The scheduler runs {@link #runFor} once per organization, each in a fresh request
 * context admitted to it (see {@link TenantWork}), so one organization failing does not stop the
 * others. The scheduler runs it once per organization and day across all nodes, in one transaction
 * with the claim of that day; runs should still be safe to repeat (staff can run some by hand).
 */
public interface DailyTenantJob {
  /**
   * Configuration prefix: {@code <prefix>.enabled} (default true) and {@code <prefix>.time} (HH:mm,
   * Asia/Shanghai); also the actor written to audit records.
   */
  String name();

  /** Default time of day, Asia/Shanghai. */
  String defaultTime();

  /** Runs for the bound organization; returns a short summary for the log. */
  String runFor(LocalDate today);
}
