package org.linli.fund.compliance.api;

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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.compliance.api.ComplianceDtos.ComplianceMeterView;
import org.linli.fund.compliance.api.ComplianceDtos.ComplianceProfileRequest;
import org.linli.fund.compliance.api.ComplianceDtos.ComplianceProfileView;
import org.linli.fund.compliance.api.ComplianceDtos.DisclosureDoneRequest;
import org.linli.fund.compliance.api.ComplianceDtos.DisclosureTransactionRequest;
import org.linli.fund.compliance.api.ComplianceDtos.DisclosureView;
import org.linli.fund.compliance.application.Compliance;
import org.linli.fund.compliance.application.Compliance.MarkDisclosed;
import org.linli.fund.compliance.application.Compliance.RegisterTransaction;
import org.linli.fund.compliance.application.Compliance.ReplaceProfile;
import org.linli.fund.compliance.domain.ComplianceProfile;
import org.linli.fund.compliance.domain.DisclosureItem;
import org.linli.fund.compliance.domain.OrgType;
import org.linli.kernel.api.Etags;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.kernel.time.ChinaTime;

/**
 * 慈善法 compliance: the spending and management-cost meter (2016 三部门规定) computed from the books, the
 * profile that decides the rule, and the disclosure calendar (民政部令第81号).
 */
@Path("/v1/orgs/{org}/compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance")
public class ComplianceResource {
  @Inject Compliance compliance;
  @Inject RequestValidator validator;

  @GET
  @Path("meter")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(
      summary = "The year's charitable-spending and management-cost ratios, to date and forecast",
      description =
          "From the books: 5101 业务活动成本, 5201 管理费用, every 5xxx expense, 4xxx income and net"
              + " assets. The rule that applies (article, basis, band) comes with it. 400"
              + " COMPLIANCE_YEAR_IN_FUTURE, INVALID_YEAR.")
  public ComplianceMeterView meter(
      @PathParam("org") String org,
      @Parameter(
              description = "Calendar year (default this year)",
              schema = @Schema(minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year) {
    Integer y = QueryParams.intValue("year", year);
    int chosen = y == null ? ChinaTime.today().getYear() : y;
    if (chosen < 2000 || chosen > 2100) {
      throw DomainException.invalidField("year", "INVALID_YEAR");
    }
    return ComplianceMeterView.of(compliance.meter(chosen), compliance.profile());
  }

  @GET
  @Path("profile")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(summary = "Type and public-fundraising status behind the meter, version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The profile in force (version 0: the default)",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ComplianceProfileView.class)))
  public Response profile(@PathParam("org") String org) {
    return profileView(compliance.profile());
  }

  @PUT
  @Path("profile")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(summary = "Replace the profile; requires If-Match with the current ETag")
  @APIResponse(
      responseCode = "200",
      description = "The profile now in force",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ComplianceProfileView.class)))
  public Response replaceProfile(
      @PathParam("org") String org,
      @HeaderParam("If-Match") String ifMatch,
      ComplianceProfileRequest body) {
    long expected = Etags.requireVersion(ifMatch);
    ComplianceProfileRequest valid = validator.valid(body);
    return profileView(
        compliance.replaceProfile(
            new ReplaceProfile(
                expected,
                QueryParams.enumValue(OrgType.class, "type", valid.type()),
                valid.publicFundraising(),
                Boolean.TRUE.equals(valid.threeYearAverage()))));
  }

  @GET
  @Path("disclosures")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(
      summary = "The disclosure calendar: items due with their status, by due date",
      description =
          "Last year's annual report (due 31 May), registered major transactions (due in 30"
              + " days), ended funds with money left (due in 3 months).")
  public Page<DisclosureView> disclosures(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<DisclosureItem> page = compliance.calendar(PageRequest.of("disclosures", limit, cursor));
    var today = ChinaTime.today();
    return new Page<>(
        page.items().stream().map(i -> DisclosureView.of(i, today)).toList(), page.nextCursor());
  }

  @POST
  @Path("disclosures")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Register a major asset change, investment or transaction (due in 30 days)",
      description = "400 DISCLOSURE_EVENT_IN_FUTURE.")
  @APIResponse(
      responseCode = "201",
      description = "The new calendar item",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = DisclosureView.class)))
  public Response register(@PathParam("org") String org, DisclosureTransactionRequest body) {
    DisclosureTransactionRequest valid = validator.valid(body);
    DisclosureItem item =
        compliance.registerTransaction(
            new RegisterTransaction(valid.title().strip(), valid.occurredOn()));
    return Response.created(URI.create("v1/orgs/" + org + "/compliance/disclosures"))
        .entity(DisclosureView.of(item, ChinaTime.today()))
        .build();
  }

  @POST
  @Path("disclosures/{disclosureKey}/disclosure")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Record that an item was disclosed, with where",
      description = "409 DISCLOSURE_ALREADY_DONE; 400 DISCLOSURE_DATE_IN_FUTURE.")
  @APIResponse(
      responseCode = "200",
      description = "The item, done",
      content = @Content(schema = @Schema(implementation = DisclosureView.class)))
  public DisclosureView disclosed(
      @PathParam("org") String org,
      @PathParam("disclosureKey") String key,
      DisclosureDoneRequest body) {
    DisclosureDoneRequest valid = validator.valid(body);
    return DisclosureView.of(
        compliance.markDisclosed(
            new MarkDisclosed(key, valid.disclosedOn(), valid.reference().strip())),
        ChinaTime.today());
  }

  private static Response profileView(ComplianceProfile p) {
    return Response.ok(ComplianceProfileView.of(p))
        .tag(new EntityTag(Long.toString(p.version())))
        .build();
  }
}
