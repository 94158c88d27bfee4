package org.linli.volunteer.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.points.api.PointsDtos.BonusRequest;
import org.linli.volunteer.points.api.PointsDtos.BonusView;
import org.linli.volunteer.points.application.PointsRules;

@Path("/v1/orgs/{org}/points/activity-bonuses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN})
@Tag(name = "Points")
public class PointsBonusesResource {
  @Inject PointsRules rules;
  @Inject RequestValidator validator;

  @PUT
  @Path("{activityId}")
  @Operation(
      summary = "Set the flat bonus every approved (checked-in) record of this activity earns")
  public BonusView set(
      @PathParam("org") String org, @PathParam("activityId") String activityId, BonusRequest body) {
    validator.valid(body);
    return new BonusView(activityId, rules.setBonus(activityId, body.bonusPoints()));
  }
}
