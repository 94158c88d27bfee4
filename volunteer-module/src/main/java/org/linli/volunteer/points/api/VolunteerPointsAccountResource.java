package org.linli.volunteer.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.points.api.PointsDtos.LotView;
import org.linli.volunteer.points.api.PointsDtos.PointsAccountView;
import org.linli.volunteer.points.application.VolunteerPoints;

/**
 * A volunteer's points account. Its own root path, longer than VolunteersResource's, because JAX-RS
 * picks one root resource per request and never backtracks into another.
 */
@Path("/v1/orgs/{org}/volunteers/{volunteerId}/points-account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Points")
public class VolunteerPointsAccountResource {
  @Inject VolunteerPoints points;

  @GET
  @Operation(summary = "A volunteer's points balance and lots (earned, left, expiry date)")
  public PointsAccountView get(
      @PathParam("org") String org, @PathParam("volunteerId") String volunteerId) {
    var view = points.of(volunteerId);
    return new PointsAccountView(
        view.volunteerId(), view.balance(), view.lots().stream().map(LotView::of).toList());
  }
}
