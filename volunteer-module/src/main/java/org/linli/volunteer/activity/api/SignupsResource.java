package org.linli.volunteer.activity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.activity.api.ActivityDtos.SignupRequest;
import org.linli.volunteer.activity.api.ActivityDtos.SignupView;
import org.linli.volunteer.activity.application.ActivityCommands.CancelSignup;
import org.linli.volunteer.activity.application.ActivityCommands.SignUp;
import org.linli.volunteer.activity.application.ShiftSignups;
import org.linli.volunteer.activity.domain.ShiftSignup;
import org.linli.volunteer.activity.domain.SignupStatus;
import org.linli.volunteer.registration.application.VolunteerNames;

@Path("/v1/orgs/{org}/shifts/{shiftId}/signups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities and shifts")
public class SignupsResource {
  @Inject ShiftSignups signups;
  @Inject VolunteerNames volunteerNames;

  @POST
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary =
          "Sign up (a volunteer themselves, or staff for a volunteer): CONFIRMED while places"
              + " last, then WAITLISTED; no overlapping shifts anywhere on the platform")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = SignupView.class)))
  public Response signUp(
      @PathParam("org") String org, @PathParam("shiftId") String shiftId, SignupRequest body) {
    var signup = signups.signUp(new SignUp(shiftId, body == null ? null : body.volunteerId()));
    return Response.created(
            URI.create("v1/orgs/" + org + "/shifts/" + shiftId + "/signups/" + signup.id()))
        .entity(named(signup))
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(summary = "The shift's sign-ups in arrival order; status narrows them")
  public Page<SignupView> list(
      @PathParam("org") String org,
      @PathParam("shiftId") String shiftId,
      @QueryParam("status") String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        signups.signupsOf(
            shiftId,
            QueryParams.enumValue(SignupStatus.class, "status", status),
            PageRequest.of("signups", limit, cursor));
    var names = volunteerNames.of(page.items(), ShiftSignup::volunteerId);
    return new Page<>(
        page.items().stream().map(s -> SignupView.of(s, names)).toList(), page.nextCursor());
  }

  @DELETE
  @Path("{signupId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(summary = "Cancel a sign-up; a freed place goes to the first on the waitlist")
  public SignupView cancel(
      @PathParam("org") String org,
      @PathParam("shiftId") String shiftId,
      @PathParam("signupId") String signupId) {
    return named(signups.cancel(new CancelSignup(shiftId, signupId)));
  }

  private SignupView named(ShiftSignup signup) {
    return SignupView.of(signup, volunteerNames.of(List.of(signup), ShiftSignup::volunteerId));
  }
}
