package org.linli.kernel.calendar.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.calendar.domain.CalendarYear;
import org.linli.kernel.calendar.domain.YearArrangement;

/** The calendar tables, read and written with plain SQL (two small platform-wide tables). */
@ApplicationScoped
public class CalendarStore {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  private record Head(String source, long version, Instant updatedAt, String updatedBy) {}

  public List<CalendarYear> all() {
    return load(null);
  }

  public Optional<CalendarYear> find(int year) {
    return load(year).stream().findFirst();
  }

  /** Inserts a new year; false when another request created it first. */
  public boolean insert(YearArrangement arrangement, String source, Instant at, String by) {
    int rows =
        nativeQuery(
                "INSERT INTO working_calendar_year (year, source, updated_at, updated_by, version)"
                    + " VALUES (?1, ?2, ?3, ?4, 1) ON CONFLICT (year) DO NOTHING")
            .setParameter(1, arrangement.year())
            .setParameter(2, source)
            .setParameter(3, Timestamp.from(at))
            .setParameter(4, by)
            .executeUpdate();
    if (rows == 0) {
      return false;
    }
    insertDays(arrangement);
    return true;
  }

  /** Replaces a year's days if it is still at {@code expectedVersion}; false otherwise. */
  public boolean replace(
      YearArrangement arrangement, long expectedVersion, String source, Instant at, String by) {
    int rows =
        nativeQuery(
                "UPDATE working_calendar_year SET source = ?1, updated_at = ?2, updated_by = ?3,"
                    + " version = version + 1 WHERE year = ?4 AND version = ?5")
            .setParameter(1, source)
            .setParameter(2, Timestamp.from(at))
            .setParameter(3, by)
            .setParameter(4, arrangement.year())
            .setParameter(5, expectedVersion)
            .executeUpdate();
    if (rows == 0) {
      return false;
    }
    nativeQuery("DELETE FROM working_calendar_day WHERE year = ?1")
        .setParameter(1, arrangement.year())
        .executeUpdate();
    insertDays(arrangement);
    return true;
  }

  private void insertDays(YearArrangement arrangement) {
    for (LocalDate day : arrangement.holidays()) {
      insertDay(arrangement.year(), day, "HOLIDAY");
    }
    for (LocalDate day : arrangement.makeUpWorkdays()) {
      insertDay(arrangement.year(), day, "MAKE_UP_WORKDAY");
    }
  }

  private void insertDay(int year, LocalDate day, String kind) {
    nativeQuery(
            "INSERT INTO working_calendar_day (day, year, kind) VALUES (CAST(?1 AS date), ?2, ?3)")
        .setParameter(1, day.toString())
        .setParameter(2, year)
        .setParameter(3, kind)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private List<CalendarYear> load(Integer onlyYear) {
    String where = onlyYear == null ? "" : " WHERE year = " + onlyYear.intValue();
    List<Object[]> heads =
        nativeQuery(
                "SELECT year, source, version, updated_at, updated_by FROM working_calendar_year"
                    + where
                    + " ORDER BY year")
            .getResultList();
    Map<Integer, Head> byYear = new LinkedHashMap<>();
    for (Object[] row : heads) {
      byYear.put(
          ((Number) row[0]).intValue(),
          new Head(
              (String) row[1],
              ((Number) row[2]).longValue(),
              ((Timestamp) row[3]).toInstant(),
              (String) row[4]));
    }
    Map<Integer, TreeSet<LocalDate>> holidays = new LinkedHashMap<>();
    Map<Integer, TreeSet<LocalDate>> makeUps = new LinkedHashMap<>();
    List<Object[]> days =
        nativeQuery("SELECT year, CAST(day AS text), kind FROM working_calendar_day" + where)
            .getResultList();
    for (Object[] row : days) {
      int year = ((Number) row[0]).intValue();
      LocalDate day = LocalDate.parse((String) row[1]);
      (("HOLIDAY".equals(row[2])) ? holidays : makeUps)
          .computeIfAbsent(year, y -> new TreeSet<>())
          .add(day);
    }
    List<CalendarYear> years = new ArrayList<>();
    byYear.forEach(
        (year, head) ->
            years.add(
                new CalendarYear(
                    new YearArrangement(
                        year,
                        holidays.getOrDefault(year, new TreeSet<>()),
                        makeUps.getOrDefault(year, new TreeSet<>())),
                    head.source(),
                    head.version(),
                    head.updatedAt(),
                    head.updatedBy())));
    return years;
  }

  /** The persistence unit refuses native SQL unless a query asks for it. */
  private Query nativeQuery(String sql) {
    return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }
}
