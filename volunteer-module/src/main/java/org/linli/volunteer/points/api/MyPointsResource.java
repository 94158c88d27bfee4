package org.linli.volunteer.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.SignedIn;
import org.linli.volunteer.points.application.MyPoints;

@Path("/v1/me/points")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyPointsResource {
  @Inject MyPoints mine;

  @GET
  @Operation(
      summary = "My points balances and my redemptions (with pickup codes) in every organization")
  public MyPoints.Overview get() {
    return mine.overview();
  }

  /** {@code points}: earned in the lot; {@code remaining}: what is left of it. */
  public record MyPointsLot(
      String org,
      String orgName,
      String id,
      LocalDate earnedOn,
      @Schema(description = "Last valid day (China time); null: never expires") LocalDate expiresOn,
      long points,
      long remaining) {}

  @GET
  @Path("lots")
  @Operation(
      summary = "My points that are still valid, lot by lot, soonest expiry first",
      description =
          "Each lot with points left in every organization: when earned, when it expires and how"
              + " many of its points are left. Spending uses the lots that expire first.")
  public Page<MyPointsLot> lots(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    var page = mine.lots(PageRequest.of("my-points-lots", limit, cursor));
    return new Page<>(
        page.items().stream()
            .map(
                l ->
                    new MyPointsLot(
                        l.org(),
                        l.orgName(),
                        l.id(),
                        l.earnedOn(),
                        l.expiresOn(),
                        l.points(),
                        l.remaining()))
            .toList(),
        page.nextCursor());
  }
}
