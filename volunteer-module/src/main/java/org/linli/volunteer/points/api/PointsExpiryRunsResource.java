package org.linli.volunteer.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.points.api.PointsDtos.ExpiryRunRequest;
import org.linli.volunteer.points.api.PointsDtos.ExpiryRunView;
import org.linli.volunteer.points.application.PointsExpiry;

@Path("/v1/orgs/{org}/points/expiry-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN})
@Tag(name = "Points")
public class PointsExpiryRunsResource {
  @Inject PointsExpiry expiry;

  @POST
  @Operation(
      summary =
          "Expire what is left of lots past their last valid day on asOf (default today); safe"
              + " to repeat: a second run expires nothing. Also runs daily for every organization")
  public ExpiryRunView run(@PathParam("org") String org, ExpiryRunRequest body) {
    var result = expiry.run(body == null ? null : QueryParams.date("asOf", body.asOf()));
    return new ExpiryRunView(result.asOf(), result.volunteers(), result.expiredPoints());
  }
}
