package org.linli.volunteer.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.points.api.PointsDtos.AdjustmentRequest;
import org.linli.volunteer.points.api.PointsDtos.LotView;
import org.linli.volunteer.points.application.VolunteerPoints;

@Path("/v1/orgs/{org}/volunteers/{volunteerId}/points-adjustments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN})
@Tag(name = "Points")
public class VolunteerPointsAdjustmentsResource {
  @Inject VolunteerPoints points;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(
      summary =
          "Credit points with a reason (e.g. an award), from the organization's issuance account;"
              + " they expire like earned points. Send Idempotency-Key to retry safely")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = LotView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response adjust(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      AdjustmentRequest body) {
    validator.valid(body);
    var lot = points.adjust(volunteerId, body.points(), body.reason());
    return Response.created(
            URI.create("v1/orgs/" + org + "/volunteers/" + volunteerId + "/points-account"))
        .entity(LotView.of(lot))
        .build();
  }
}
