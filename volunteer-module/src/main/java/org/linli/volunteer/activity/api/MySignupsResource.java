package org.linli.volunteer.activity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.security.SignedIn;
import org.linli.volunteer.activity.application.MySignups;
import org.linli.volunteer.activity.domain.SignupStatus;

@Path("/v1/me/signups")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MySignupsResource {
  @Inject MySignups mine;

  /**
   * One of my live sign-ups. Cancel it with DELETE
   * /api/v1/orgs/{org}/shifts/{shiftId}/signups/{id}. {@code waitlistPosition} only while
   * waitlisted (as in the shift's sign-up list).
   */
  public record MySignup(
      String org,
      String orgName,
      String id,
      String shiftId,
      String activityId,
      String activityTitle,
      String address,
      Instant startsAt,
      Instant endsAt,
      @Schema(implementation = SignupStatus.class) String status,
      Long waitlistPosition,
      Instant createdAt,
      Instant checkedInAt,
      Instant checkedOutAt) {}

  @GET
  @Operation(
      summary = "My sign-ups (confirmed or waitlisted) in every organization",
      description =
          "when=UPCOMING (default): shifts not yet ended, soonest first; PAST: ended, latest"
              + " first; ALL: every live sign-up, soonest first. Cancelled sign-ups are left out.")
  public Page<MySignup> list(
      @Parameter(schema = @Schema(implementation = MySignups.When.class)) @QueryParam("when")
          String when,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        mine.list(
            QueryParams.enumValue(MySignups.When.class, "when", when),
            PageRequest.of("my-signups", limit, cursor));
    return new Page<>(
        page.items().stream()
            .map(
                s ->
                    new MySignup(
                        s.org(),
                        s.orgName(),
                        s.id(),
                        s.shiftId(),
                        s.activityId(),
                        s.activityTitle(),
                        s.address(),
                        s.startsAt(),
                        s.endsAt(),
                        s.status(),
                        s.waitlistSeq(),
                        s.createdAt(),
                        s.checkedInAt(),
                        s.checkedOutAt()))
            .toList(),
        page.nextCursor());
  }
}
