package org.linli.volunteer.timebank.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.api.DonationDtos.PoolView;
import org.linli.volunteer.timebank.application.TimeDonations;

/** The organization's community pool of hours. */
@Path("/v1/orgs/{org}/time-bank/pool")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Time bank")
public class TimePoolResource {
  @Inject TimeDonations donations;

  @GET
  @Operation(
      summary = "The pool's balance and a page of its statement (oldest first)",
      description =
          "Donations, overflow over the storage cap and deceased holders' balances; hours only,"
              + " never money.")
  public PoolView pool(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return PoolView.of(donations.pool(PageRequest.of("time-pool", limit, cursor)));
  }
}
