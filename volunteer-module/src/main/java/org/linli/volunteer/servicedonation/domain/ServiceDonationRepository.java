package org.linli.volunteer.servicedonation.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;

/** Settings, runs and valued entries of the current organization. */
public interface ServiceDonationRepository {
  Optional<ServiceDonationSettings> currentSettings();

  /** False when the version was taken concurrently. */
  boolean addSettings(ServiceDonationSettings s);

  /** Serializes the runs of one organization until the transaction ends. */
  void lockRuns();

  /**
   * An approved record of the month (by service date) that has no entry yet, with its activity's
   * service category (null without an activity).
   */
  record Unvalued(String recordId, int minutes, String category) {}

  List<Unvalued> approvedWithoutEntry(YearMonth month);

  /**
   * Entries of the month, not yet reversed, whose record is no longer approved, with the mode they
   * were recorded in.
   */
  List<ValuedRecord> bookedButNoLongerApproved(YearMonth month);

  void addRun(ServiceDonationRun run);

  void addEntries(String runId, YearMonth month, List<ValuedRecord> entries);

  void markReversed(String runId, List<ValuedRecord> entries);

  Page<ServiceDonationRun> runs(YearMonth month, PageRequest page);
}
