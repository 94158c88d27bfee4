package org.linli.tenant.api;

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
import org.linli.tenant.api.OrganizationDtos.OrganizationView;
import org.linli.tenant.application.OrganizationAdministration;

@Path("/v1/orgs/{org}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organization: profile")
public class OrganizationResource {
  @Inject OrganizationAdministration organizations;

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.FINANCE, OrgRole.VOLUNTEER, OrgRole.AUDITOR})
  @Operation(summary = "The organization's profile, for any of its members")
  public OrganizationView get(@PathParam("org") String org) {
    return OrganizationView.of(organizations.get(org));
  }
}
