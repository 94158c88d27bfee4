package org.linli.kernel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.time.ChinaTime;

/**
 * Parses query parameters by hand: JAX-RS answers a failed conversion with 404, which would hide a
 * plain input mistake behind "not found".
 */
public final class QueryParams {
  private QueryParams() {}

  /** A text filter (e.g. an id), stripped; null when absent or blank. */
  public static String text(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip());
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw DomainException.invalidField(field, "INVALID_" + field.toUpperCase(Locale.ROOT))
          .withMessage("QUERY_NOT_ONE_OF", field, allowed);
    }
  }

  public static Integer intValue(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalidField(field, "INVALID_" + field.toUpperCase(Locale.ROOT))
          .withMessage("QUERY_NOT_INTEGER", field);
    }
  }

  /** An ISO calendar date ({@code 2026-11-20}), or null when absent. */
  public static LocalDate date(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField(field, "INVALID_" + field.toUpperCase(Locale.ROOT))
          .withMessage("QUERY_NOT_DATE", field);
    }
  }

  /**
   * An inclusive date range from {@code from} and {@code to} parameters; either end may be open.
   */
  public record DateRange(LocalDate from, LocalDate to) {
    /** The first instant of {@code from} in China time, or null. */
    public Instant fromInstant() {
      return from == null ? null : from.atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    /** The first instant after {@code to} in China time, or null. */
    public Instant untilInstant() {
      return to == null ? null : to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    }
  }

  public static DateRange dateRange(String fromRaw, String toRaw) {
    LocalDate from = date("from", fromRaw);
    LocalDate to = date("to", toRaw);
    if (from != null && to != null && from.isAfter(to)) {
      throw DomainException.invalidField("to", "INVALID_DATE_RANGE")
          .withMessage("INVALID_DATE_RANGE.2");
    }
    return new DateRange(from, to);
  }
}
