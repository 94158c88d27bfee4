package org.linli.kernel.calendar.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.kernel.api.Etags;
import org.linli.kernel.calendar.domain.CalendarYear;
import org.linli.kernel.calendar.domain.WorkingCalendar;
import org.linli.kernel.calendar.domain.YearArrangement;
import org.linli.kernel.calendar.infrastructure.CalendarStore;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.tenancy.RequestContext;

/**
 * The platform's working-day calendar. Working-day counts read a per-node copy at most {@link #TTL}
 * old (nodes stay stateless: a change made on another node is seen within the TTL; on this node at
 * once after the commit).
 */
@ApplicationScoped
public class WorkingCalendars {
  static final Duration TTL = Duration.ofSeconds(60);

  @Inject CalendarStore store;
  @Inject RequestContext requestContext;

  @Resource TransactionSynchronizationRegistry txRegistry;

  private record Snapshot(WorkingCalendar calendar, Instant loadedAt) {}

  private volatile Snapshot snapshot;

  /** The calendar for counting working days. */
  public WorkingCalendar current() {
    Snapshot s = snapshot;
    Instant now = Instant.now();
    if (s == null || s.loadedAt().plus(TTL).isBefore(now)) {
      Map<Integer, YearArrangement> years =
          store.all().stream()
              .map(CalendarYear::arrangement)
              .collect(Collectors.toMap(YearArrangement::year, Function.identity()));
      s = new Snapshot(new WorkingCalendar(years), now);
      snapshot = s;
    }
    return s.calendar();
  }

  @Transactional
  public List<CalendarYear> years() {
    return store.all();
  }

  @Transactional
  public CalendarYear year(int year) {
    YearArrangement.requireYear(year);
    return store.find(year).orElseThrow(() -> DomainException.notFound("CALENDAR_YEAR_NOT_FOUND"));
  }

  /**
   * Replaces a year's arrangement if it is still at the version named by If-Match; a year not yet
   * in the calendar is at version 0, so it is entered with {@code If-Match: "0"}.
   */
  @Transactional
  public CalendarYear replace(ReplaceYear cmd) {
    long expected = Etags.requireVersion(cmd.ifMatch());
    YearArrangement arrangement =
        YearArrangement.of(cmd.year(), cmd.holidays(), cmd.makeUpWorkdays());
    Instant now = Instant.now();
    String by = requestContext.actor();
    boolean written =
        store.find(cmd.year()).isPresent()
            ? store.replace(arrangement, expected, cmd.source(), now, by)
            : expected == 0 && store.insert(arrangement, cmd.source(), now, by);
    if (!written) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    forgetAfterCommit();
    return store.find(cmd.year()).orElseThrow();
  }

  private void forgetAfterCommit() {
    snapshot = null;
    txRegistry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            snapshot = null;
          }
        });
  }

  /** {@code ifMatch} is the raw header, null when absent. */
  public record ReplaceYear(
      int year,
      List<java.time.LocalDate> holidays,
      List<java.time.LocalDate> makeUpWorkdays,
      String source,
      String ifMatch) {}
}
