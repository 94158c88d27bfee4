package org.linli.volunteer.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.points.api.PointsDtos.ParticipationRequest;
import org.linli.volunteer.points.api.PointsDtos.ParticipationView;
import org.linli.volunteer.points.application.Leaderboard;

@Path("/v1/orgs/{org}/points/leaderboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.FINANCE, OrgRole.VOLUNTEER, OrgRole.AUDITOR})
@Tag(name = "Points")
public class LeaderboardResource {
  @Inject Leaderboard leaderboard;
  @Inject RequestValidator validator;

  @GET
  @Operation(
      summary =
          "Volunteers ranked by points earned in the year (default: this year), most first, with"
              + " volunteer number and masked name; opted-out volunteers are left out")
  public Page<Leaderboard.Entry> get(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) @QueryParam("year")
          String year,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return leaderboard.of(
        QueryParams.intValue("year", year), PageRequest.of("leaderboard", limit, cursor));
  }

  @GET
  @Path("participation")
  @OrgRoles({OrgRole.VOLUNTEER})
  @Operation(summary = "Whether I have left the leaderboard (optOut true) or am on it (false)")
  public ParticipationView participation(@PathParam("org") String org) {
    return new ParticipationView(leaderboard.optedOut());
  }

  @PUT
  @Path("participation")
  @OrgRoles({OrgRole.VOLUNTEER})
  @Operation(summary = "Leave (optOut true) or rejoin (false) the leaderboard yourself")
  public ParticipationView participate(@PathParam("org") String org, ParticipationRequest body) {
    validator.valid(body);
    return new ParticipationView(leaderboard.participate(body.optOut()));
  }
}
