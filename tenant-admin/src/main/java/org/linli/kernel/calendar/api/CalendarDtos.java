package org.linli.kernel.calendar.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.kernel.calendar.domain.CalendarYear;

/** Request and response bodies of the working-day calendar API. */
public final class CalendarDtos {
  private CalendarDtos() {}

  public record ReplaceYearRequest(
      @Schema(
              required = true,
              description =
                  "Days off of the year; weekend days inside a holiday span may be listed")
          @NotNull
          @Size(max = 366)
          List<LocalDate> holidays,
      @Schema(required = true, description = "Saturdays or Sundays that are working days (调休)")
          @NotNull
          @Size(max = 366)
          List<LocalDate> makeUpWorkdays,
      @Schema(description = "Provenance, e.g. the State Council notice") @Size(max = 200)
          String source) {}

  public record CalendarYearView(
      int year,
      List<LocalDate> holidays,
      List<LocalDate> makeUpWorkdays,
      @Schema(nullable = true) String source,
      long version,
      Instant updatedAt,
      String updatedBy) {
    static CalendarYearView of(CalendarYear y) {
      return new CalendarYearView(
          y.year(),
          List.copyOf(y.arrangement().holidays()),
          List.copyOf(y.arrangement().makeUpWorkdays()),
          y.source(),
          y.version(),
          y.updatedAt(),
          y.updatedBy());
    }
  }
}
