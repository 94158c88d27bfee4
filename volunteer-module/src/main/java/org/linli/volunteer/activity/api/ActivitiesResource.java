package org.linli.volunteer.activity.api;

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
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.activity.api.ActivityDtos.ActivityRequest;
import org.linli.volunteer.activity.api.ActivityDtos.ActivityView;
import org.linli.volunteer.activity.api.ActivityDtos.ShiftRequest;
import org.linli.volunteer.activity.api.ActivityDtos.ShiftView;
import org.linli.volunteer.activity.application.ActivityAdministration;
import org.linli.volunteer.activity.application.ActivityCommands.AddShift;
import org.linli.volunteer.activity.application.ActivityCommands.CreateActivity;
import org.linli.volunteer.activity.domain.ActivityStatus;

@Path("/v1/orgs/{org}/activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Activities and shifts")
public class ActivitiesResource {
  @Inject ActivityAdministration activities;
  @Inject RequestValidator validator;

  @POST
  @Operation(summary = "Create an activity (draft)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = ActivityView.class)))
  public Response create(@PathParam("org") String org, ActivityRequest body) {
    var activity = activities.create(new CreateActivity(validator.valid(body).toDetails()));
    return Response.created(URI.create("v1/orgs/" + org + "/activities/" + activity.id()))
        .entity(ActivityView.of(activity))
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary =
          "Activities, cursor-paginated; status and from/to (a shift in the period) narrow them")
  public Page<ActivityView> list(
      @PathParam("org") String org,
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        activities.list(
            QueryParams.enumValue(ActivityStatus.class, "status", status),
            QueryParams.dateRange(from, to),
            PageRequest.of("activities", limit, cursor));
    return new Page<>(page.items().stream().map(ActivityView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{activityId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(summary = "One activity")
  public ActivityView get(@PathParam("org") String org, @PathParam("activityId") String id) {
    return ActivityView.of(activities.get(id));
  }

  @POST
  @Path("{activityId}/publish")
  @Operation(summary = "Publish a draft activity: its shifts open for sign-up")
  public ActivityView publish(@PathParam("org") String org, @PathParam("activityId") String id) {
    return ActivityView.of(activities.publish(id));
  }

  @POST
  @Path("{activityId}/close")
  @Operation(summary = "Close an activity: no more sign-ups")
  public ActivityView close(@PathParam("org") String org, @PathParam("activityId") String id) {
    return ActivityView.of(activities.close(id));
  }

  @POST
  @Path("{activityId}/shifts")
  @Operation(summary = "Add a shift (start, end, capacity, required skills, minimum age)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = ShiftView.class)))
  public Response addShift(
      @PathParam("org") String org, @PathParam("activityId") String id, ShiftRequest body) {
    validator.valid(body);
    var shift =
        activities.addShift(
            new AddShift(
                id,
                body.startsAt().toInstant(),
                body.endsAt().toInstant(),
                body.capacity(),
                body.skills(),
                body.minimumAge()));
    return Response.created(
            URI.create("v1/orgs/" + org + "/activities/" + id + "/shifts/" + shift.id()))
        .entity(ShiftView.of(shift))
        .build();
  }

  @GET
  @Path("{activityId}/shifts/{shiftId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary = "One shift of the activity with its confirmed count",
      description = "404 SHIFT_NOT_FOUND when the shift belongs to another activity")
  public ShiftView shift(
      @PathParam("org") String org,
      @PathParam("activityId") String id,
      @PathParam("shiftId") String shiftId) {
    return ShiftView.of(activities.shift(id, shiftId));
  }

  @GET
  @Path("{activityId}/shifts")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(summary = "The activity's shifts with their confirmed counts")
  public Page<ShiftView> shifts(
      @PathParam("org") String org,
      @PathParam("activityId") String id,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = activities.shifts(id, PageRequest.of("shifts", limit, cursor));
    return new Page<>(page.items().stream().map(ShiftView::of).toList(), page.nextCursor());
  }
}
