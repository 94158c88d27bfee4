package org.linli.volunteer.servicedonation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Etags;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.servicedonation.api.ServiceDonationDtos.ServiceDonationRunRequest;
import org.linli.volunteer.servicedonation.api.ServiceDonationDtos.ServiceDonationRunView;
import org.linli.volunteer.servicedonation.api.ServiceDonationDtos.ServiceDonationSettingsRequest;
import org.linli.volunteer.servicedonation.api.ServiceDonationDtos.ServiceDonationSettingsView;
import org.linli.volunteer.servicedonation.application.ServiceDonations;
import org.linli.volunteer.servicedonation.domain.ServiceDonationSettings;

/**
 * 服务捐赠 (2024 revision of the 民非 制度): the fair rate per service hour, and recording a month's
 * approved volunteer hours as donated services, one voucher per run, each record once.
 */
@Path("/v1/orgs/{org}/accounting/service-donations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounting")
public class ServiceDonationsResource {
  @Inject ServiceDonations serviceDonations;
  @Inject RequestValidator validator;

  @GET
  @Path("settings")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(
      summary =
          "The fair rate per service hour (default and per service category) and the mode: OFF,"
              + " RECOGNISE or DISCLOSE")
  @APIResponse(
      responseCode = "200",
      description = "The setting in force (version 0: not set, mode OFF)",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ServiceDonationSettingsView.class)))
  public Response settings(@PathParam("org") String org) {
    return settingsView(serviceDonations.settings());
  }

  @PUT
  @Path("settings")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary =
          "Set the fair rates per service hour (default and per category) and the mode; requires"
              + " If-Match",
      description =
          "400 INVALID_RATE (zero, negative, more than 2 decimals; the default or a category's),"
              + " INVALID_SERVICE_CATEGORY (blank, over 30 characters), DUPLICATE_SERVICE_CATEGORY,"
              + " TOO_MANY_CATEGORY_RATES (over 50), INVALID_SERVICE_DONATION_MODE. A record is"
              + " valued at its activity's service category's rate, the default otherwise. New"
              + " rates apply to records valued from then on; records already valued keep their"
              + " rate.")
  @APIResponse(
      responseCode = "200",
      description = "The setting now in force",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ServiceDonationSettingsView.class)))
  public Response replaceSettings(
      @PathParam("org") String org,
      @HeaderParam("If-Match") String ifMatch,
      ServiceDonationSettingsRequest body) {
    long expected = Etags.requireVersion(ifMatch);
    return settingsView(
        serviceDonations.replaceSettings(validator.valid(body).toCommand(expected)));
  }

  @POST
  @Path("runs")
  @Idempotent(required = true)
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary =
          "Record the month's donated services: approved service records of the month (by service"
              + " date) not valued before, each at its category's rate; RECOGNISE posts one"
              + " voucher Dr 510103 / Cr 410103, DISCLOSE only records them for the notes",
      description =
          "Each record is valued once, in either mode (a record disclosed is never recognised"
              + " later, nor the reverse). DISCLOSE posts nothing for new hours (outcome"
              + " DISCLOSED). Each record is valued once; a re-run posts only records approved"
              + " since, and takes back"
              + " (Dr 410103 / Cr 510103, same voucher) records booked before and since superseded"
              + " by a correction, each in the mode it was recorded in. Nothing new: 200 with outcome NOTHING_NEW and no voucher. The"
              + " voucher is dated the month's last day (today for the running month), or today"
              + " when the month is closed. 400 INVALID_PERIOD; 422 SERVICE_DONATIONS_NOT_RECOGNISED,"
              + " SERVICE_DONATIONS_NEED_2024_CHART (books on the 2004 chart),"
              + " SERVICE_MONTH_NOT_STARTED, PERIOD_CLOSED (from the books). Nothing is written when"
              + " refused.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded: the run, with its voucher when it posted",
      content = @Content(schema = @Schema(implementation = ServiceDonationRunView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Nothing new to value or take back: no voucher",
      content = @Content(schema = @Schema(implementation = ServiceDonationRunView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response record(@PathParam("org") String org, ServiceDonationRunRequest body) {
    ServiceDonations.Outcome outcome = serviceDonations.record(validator.valid(body).toCommand());
    if (!outcome.posted()) {
      return Response.ok(ServiceDonationRunView.nothing(outcome.month())).build();
    }
    return Response.status(Response.Status.CREATED)
        .entity(ServiceDonationRunView.of(outcome.run()))
        .build();
  }

  @GET
  @Path("runs")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(
      summary =
          "Runs that recognised or disclosed something (with their mode), newest first; filter by"
              + " service month")
  public Page<ServiceDonationRunView> runs(
      @PathParam("org") String org,
      @Parameter(description = "yyyy-MM") @QueryParam("month") String month,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    YearMonth m = null;
    if (month != null && !month.isBlank()) {
      if (!month.strip().matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
        throw DomainException.invalidField("month", "INVALID_PERIOD");
      }
      m = YearMonth.parse(month.strip());
    }
    var page = serviceDonations.runs(m, PageRequest.of("service-donation-runs", limit, cursor));
    return new Page<>(
        page.items().stream().map(ServiceDonationRunView::of).toList(), page.nextCursor());
  }

  private static Response settingsView(ServiceDonationSettings s) {
    return Response.ok(ServiceDonationSettingsView.of(s))
        .tag(new EntityTag(Long.toString(s.version())))
        .build();
  }
}
