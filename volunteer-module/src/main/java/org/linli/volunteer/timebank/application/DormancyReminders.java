package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.timebank.domain.DormancyReminder;
import org.linli.volunteer.timebank.domain.DormancyReminderRepository;

/**
 * Reminders for balances nobody touched (no posting on the account) for the rules' dormancy period.
 * Safe to run any number of times: a balance gets one reminder per date it went quiet.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class DormancyReminders {
  @Inject DormancyReminderRepository reminders;
  @Inject TimeBankRuleBook ruleBook;
  @Inject VolunteerRegistry volunteers;
  @Inject AuditLog auditLog;

  /**
   * Reminds every balance of the bound organization untouched for the dormancy days of the rules in
   * force on {@code asOf}; returns how many reminders are new.
   */
  public int remindDormant(LocalDate asOf) {
    int days = ruleBook.inForce(asOf).dormancyDays();
    int created = reminders.remindUntouchedSince(asOf.minusDays(days), asOf, Instant.now());
    if (created > 0) {
      auditLog.record(
          "TIME_DORMANCY_REMINDED",
          "time_bank_dormancy_reminder",
          asOf.toString(),
          null,
          "{\"created\":" + created + ",\"dormancyDays\":" + days + "}");
    }
    return created;
  }

  public Page<DormancyReminder> list(String volunteerId, PageRequest page) {
    if (volunteerId != null) {
      volunteers.get(volunteerId);
    }
    return page.page(
        reminders.list(volunteerId, page.afterId(), page.limit() + 1), DormancyReminder::id);
  }
}
