package org.linli.volunteer.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
}
