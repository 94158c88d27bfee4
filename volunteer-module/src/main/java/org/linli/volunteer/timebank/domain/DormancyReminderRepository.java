package org.linli.volunteer.timebank.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Dormancy reminders of the transaction's organization. */
public interface DormancyReminderRepository {
  /**
   * Adds a reminder for every volunteer time account (credit or donate-only) with a positive
   * balance whose last posting is dated on or before {@code untouchedSince}, unless one exists for
   * that account and date.
   *
   * @return how many reminders were added
   */
  int remindUntouchedSince(LocalDate untouchedSince, LocalDate asOf, Instant now);

  /** Reminders by id after the cursor, optionally for one volunteer. */
  List<DormancyReminder> list(String volunteerId, String afterId, int limit);
}
