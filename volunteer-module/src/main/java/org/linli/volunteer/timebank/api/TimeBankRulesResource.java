package org.linli.volunteer.timebank.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.timebank.application.PublishTimeBankRules;
import org.linli.volunteer.timebank.application.TimeBankRuleBook;

/** Publishing and reading the organization's dated time bank rules. */
@Path("/v1/orgs/{org}/time-bank/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Time bank")
public class TimeBankRulesResource {
  @Inject TimeBankRuleBook ruleBook;
  @Inject RequestValidator validator;

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(summary = "All published rules versions, newest first")
  public Page<TimeBankRulesView> versions(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = ruleBook.versions(PageRequest.of("time-bank-rules", limit, cursor));
    return new Page<>(
        page.items().stream().map(v -> TimeBankRulesView.of(v.rules())).toList(),
        page.nextCursor());
  }

  @GET
  @Path("in-force")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(summary = "The rules in force on a date (default today, China time)")
  public TimeBankRulesView inForce(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date")
          String date) {
    return TimeBankRulesView.of(
        ruleBook.inForce(date == null ? ChinaTime.today() : QueryParams.date("date", date)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Publish a rules version effective from a date (today or later)",
      description =
          "Fields left out keep the value of the version in force on effectiveFrom. Cap and"
              + " transfer limits in hours; deceasedBalance HEIR_OR_POOL or POOL.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = TimeBankRulesView.class)))
  public Response publish(@PathParam("org") String org, PublishTimeBankRules body) {
    return Response.status(201)
        .entity(TimeBankRulesView.of(ruleBook.publish(validator.valid(body))))
        .build();
  }
}
