package org.linli.volunteer.points.api;

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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.points.api.PointsDtos.RulesRequest;
import org.linli.volunteer.points.api.PointsDtos.RulesView;
import org.linli.volunteer.points.application.PointsRules;

@Path("/v1/orgs/{org}/points/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN})
@Tag(name = "Points")
public class PointsRulesResource {
  @Inject PointsRules rules;
  @Inject RequestValidator validator;

  @POST
  @Operation(
      summary =
          "Publish a new version of the earning rules (points per hour, category weights, expiry)"
              + " from a date that is not in the past (422 EFFECTIVE_FROM_IN_PAST)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = RulesView.class)))
  public Response publish(@PathParam("org") String org, RulesRequest body) {
    validator.valid(body);
    var version = rules.publish(body.effectiveDate(), body.toRules());
    return Response.created(URI.create("v1/orgs/" + org + "/points/rules"))
        .entity(RulesView.of(version))
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary =
          "Every version of the earning rules; a posting uses the latest version in force on its"
              + " date (defaults: 10 points per hour, weight 1, expiry at the end of next year)")
  public Page<RulesView> versions(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = rules.versions(PageRequest.of("points-rules", limit, cursor));
    return new Page<>(page.items().stream().map(RulesView::of).toList(), page.nextCursor());
  }
}
