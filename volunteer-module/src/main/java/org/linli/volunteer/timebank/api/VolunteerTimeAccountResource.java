package org.linli.volunteer.timebank.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.application.TimeAccounts;

/**
 * A volunteer's time bank account. Its own root path, longer than VolunteersResource's, because
 * JAX-RS picks one root resource per request and never backtracks into another.
 */
@Path("/v1/orgs/{org}/volunteers/{volunteerId}/time-account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Time bank")
public class VolunteerTimeAccountResource {
  @Inject TimeAccounts accounts;

  @GET
  @Operation(summary = "A volunteer's stored hours, the storage cap and the organization pool")
  public TimeAccountView get(
      @PathParam("org") String org, @PathParam("volunteerId") String volunteerId) {
    return TimeAccountView.of(accounts.of(volunteerId));
  }
}
