package org.linli.kernel.calendar.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.calendar.api.CalendarDtos.CalendarYearView;
import org.linli.kernel.calendar.api.CalendarDtos.ReplaceYearRequest;
import org.linli.kernel.calendar.application.WorkingCalendars;
import org.linli.kernel.calendar.application.WorkingCalendars.ReplaceYear;
import org.linli.kernel.calendar.domain.CalendarYear;
import org.linli.kernel.calendar.domain.YearArrangement;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.PlatformAdmin;

/**
 * The working-day calendar (holidays and make-up working days per year) for the Art. 11 deadline.
 * The ETag is the year's version; a replacement names it in If-Match ("0" for a new year).
 */
@Path("/v1/platform/calendars")
@RequestScoped
@PlatformAdmin
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: working-day calendar")
public class PlatformCalendarsResource {
  @Inject WorkingCalendars calendars;
  @Inject RequestValidator validator;

  @GET
  @Operation(summary = "The years with a holiday arrangement, in year order, cursor-paginated")
  public Page<CalendarYearView> list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    Page<CalendarYear> page =
        PageRequest.of("platform-calendars", limit, cursor)
            .slice(calendars.years(), y -> Integer.toString(y.year()));
    return new Page<>(page.items().stream().map(CalendarYearView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{year}")
  @Operation(summary = "One year's holidays and make-up working days, with its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The year's arrangement",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
  public Response get(@PathParam("year") String year) {
    return view(calendars.year(parseYear(year)));
  }

  @PUT
  @Path("{year}")
  @Operation(
      summary =
          "Replace a year's arrangement; If-Match names the version read (\"0\" for a year not yet in the calendar)")
  @APIResponse(
      responseCode = "200",
      description = "The year's arrangement now in force",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
  public Response replace(
      @PathParam("year") String year,
      @HeaderParam("If-Match") String ifMatch,
      ReplaceYearRequest body) {
    int y = parseYear(year);
    ReplaceYearRequest valid = validator.valid(body);
    return view(
        calendars.replace(
            new ReplaceYear(y, valid.holidays(), valid.makeUpWorkdays(), valid.source(), ifMatch)));
  }

  private static int parseYear(String year) {
    try {
      if (year != null && year.matches("[0-9]{4}")) {
        return Integer.parseInt(year);
      }
    } catch (NumberFormatException e) {
      // falls through to the problem below
    }
    throw DomainException.invalidField("year", "CALENDAR_YEAR_OUT_OF_RANGE")
        .with(
            Integer.toString(YearArrangement.FIRST_YEAR),
            Integer.toString(YearArrangement.LAST_YEAR));
  }

  private static Response view(CalendarYear year) {
    return Response.ok(CalendarYearView.of(year))
        .tag(new EntityTag(Long.toString(year.version())))
        .build();
  }
}
