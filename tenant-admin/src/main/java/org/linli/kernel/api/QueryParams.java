package org.linli.kernel.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.linli.kernel.error.DomainException;

/**
 * Parses query parameters by hand: JAX-RS answers a failed conversion with 404, which would hide a
 * plain input mistake behind "not found".
 */
public final class QueryParams {
  private QueryParams() {}

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
}
