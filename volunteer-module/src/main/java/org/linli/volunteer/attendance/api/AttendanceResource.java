package org.linli.volunteer.attendance.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.attendance.application.AttendanceDesk;
import org.linli.volunteer.attendance.application.AttendanceDesk.Position;
import org.linli.volunteer.attendance.domain.Attendance;
import org.linli.volunteer.attendance.domain.AttendanceStatus;
import org.linli.volunteer.registration.application.VolunteerNames;

@Path("/v1/orgs/{org}/shifts/{shiftId}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Check-in")
public class AttendanceResource {
  @Inject AttendanceDesk desk;
  @Inject RequestValidator validator;
  @Inject VolunteerNames volunteerNames;

  public record CodeScan(
      @NotBlank String code,
      @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
      @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    Position position() {
      return new Position(latitude, longitude);
    }
  }

  public record ManualRequest(
      @NotBlank String volunteerId,
      @NotNull OffsetDateTime checkedInAt,
      OffsetDateTime checkedOutAt,
      @NotBlank @Size(max = 500) String reason) {}

  public record AttendanceView(
      String id,
      String shiftId,
      String volunteerId,
      @Schema(description = "The volunteer's name (as the staff volunteer view shows it)")
          String volunteerName,
      @Schema(description = "The volunteer's 志愿者编号") String volunteerNo,
      String method,
      String manualReason,
      Instant checkedInAt,
      Instant checkedOutAt,
      @Schema(implementation = AttendanceStatus.class) String status,
      String recordId) {
    static AttendanceView of(Attendance a, Map<String, VolunteerNames.Label> names) {
      var label = names.getOrDefault(a.volunteerId(), VolunteerNames.Label.UNKNOWN);
      return new AttendanceView(
          a.id(),
          a.shiftId(),
          a.volunteerId(),
          label.name(),
          label.volunteerNo(),
          a.method(),
          a.manualReason(),
          a.checkedInAt(),
          a.checkedOutAt(),
          a.status().name(),
          a.recordId());
    }
  }

  @GET
  @Path("code")
  @Operation(
      summary =
          "The current check-in code to display (six digits and a QR payload); rotates every minute")
  public AttendanceDesk.DisplayedCode code(
      @PathParam("org") String org, @PathParam("shiftId") String shiftId) {
    return desk.displayCode(shiftId);
  }

  @POST
  @Path("check-in")
  @OrgRoles(OrgRole.VOLUNTEER)
  @Operation(summary = "Check in with the displayed code from inside the activity's radius")
  public AttendanceView checkIn(
      @PathParam("org") String org, @PathParam("shiftId") String shiftId, CodeScan body) {
    validator.valid(body);
    return view(desk.checkIn(shiftId, body.code(), body.position()));
  }

  @POST
  @Path("check-out")
  @OrgRoles(OrgRole.VOLUNTEER)
  @Operation(
      summary = "Check out; creates the pending service record for the time inside the shift")
  public AttendanceView checkOut(
      @PathParam("org") String org, @PathParam("shiftId") String shiftId, CodeScan body) {
    validator.valid(body);
    return view(desk.checkOut(shiftId, body.code(), body.position()));
  }

  @POST
  @Path("manual")
  @Operation(summary = "Staff check a volunteer in (and optionally out) by hand, with a reason")
  public AttendanceView manual(
      @PathParam("org") String org, @PathParam("shiftId") String shiftId, ManualRequest body) {
    validator.valid(body);
    return view(
        desk.manual(
            shiftId,
            body.volunteerId(),
            body.checkedInAt().toInstant(),
            body.checkedOutAt() == null ? null : body.checkedOutAt().toInstant(),
            body.reason()));
  }

  @POST
  @Path("close-missing")
  @Operation(summary = "After the shift: flag open attendances, cap their time at the shift end")
  public List<AttendanceView> closeMissing(
      @PathParam("org") String org, @PathParam("shiftId") String shiftId) {
    return views(desk.closeMissingCheckouts(shiftId));
  }

  @GET
  @Operation(summary = "Who checked in and out of the shift")
  public Page<AttendanceView> list(
      @PathParam("org") String org,
      @PathParam("shiftId") String shiftId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = desk.ofShift(shiftId, PageRequest.of("attendance", limit, cursor));
    return new Page<>(views(page.items()), page.nextCursor());
  }

  private AttendanceView view(Attendance attendance) {
    return views(List.of(attendance)).get(0);
  }

  /** One query names every volunteer of the list. */
  private List<AttendanceView> views(List<Attendance> attendances) {
    var names = volunteerNames.of(attendances, Attendance::volunteerId);
    return attendances.stream().map(a -> AttendanceView.of(a, names)).toList();
  }
}
