package org.linli.kernel.calendar.domain;

import java.time.Instant;

/** A stored year of the calendar: its arrangement, where it came from, and who changed it last. */
public record CalendarYear(
    YearArrangement arrangement, String source, long version, Instant updatedAt, String updatedBy) {
  public int year() {
    return arrangement.year();
  }
}
