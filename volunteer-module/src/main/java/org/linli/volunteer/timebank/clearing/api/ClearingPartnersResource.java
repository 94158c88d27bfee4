package org.linli.volunteer.timebank.clearing.api;

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
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.clearing.application.ClearingPartners;

@Path("/v1/orgs/{org}/time-bank/clearing/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
@Tag(name = "Time bank clearing")
public class ClearingPartnersResource {
  @Inject ClearingPartners partners;

  @GET
  @Operation(
      summary = "Organizations where members can be served with their hours here (通存通兑)",
      description =
          "The counterparties of this organization's active clearing agreements, by code: what a"
              + " volunteer picks as serviceOrg of an outbound request. Limits and balances are"
              + " shown to staff in the agreements.")
  public Page<ClearingPartners.Partner> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return partners.list(PageRequest.of("clearing-partners", limit, cursor));
  }
}
