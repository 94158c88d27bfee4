package org.linli.tenant.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.PlatformAdmin;
import org.linli.kernel.tenancy.TenantId;
import org.linli.tenant.api.OrganizationDtos.CreateOrganizationRequest;
import org.linli.tenant.api.OrganizationDtos.OrganizationView;
import org.linli.tenant.api.OrganizationDtos.StatusChangeRequest;
import org.linli.tenant.application.Commands.ChangeOrgStatus;
import org.linli.tenant.application.Invitations;
import org.linli.tenant.application.OrganizationAdministration;
import org.linli.tenant.domain.org.OrgStatus;
import org.linli.tenant.domain.org.OrgType;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository.OrgSearch;

@Path("/v1/platform/orgs")
@RequestScoped
@PlatformAdmin
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: organizations")
public class PlatformOrganizationsResource {
  @Inject OrganizationAdministration administration;
  @Inject Invitations invitations;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(
      summary = "Register an organization and create its first org admin's login",
      description =
          "The first admin is e-mailed the invitation link unless their login is already set up;"
              + " `firstAdminInvitation` says what happened.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = OrganizationView.class)))
  @Parameter(ref = "IdempotencyKey")
  @APIResponse(
      responseCode = "503",
      description = "The identity provider (Keycloak) cannot be reached",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response create(CreateOrganizationRequest body) {
    var org = administration.create(validator.valid(body).toCommand());
    var invitation = invitations.offerToFirstAdmin(TenantId.of(org.id()));
    return Response.created(URI.create("v1/platform/orgs/" + org.id()))
        .entity(OrganizationView.of(org, invitation))
        .build();
  }

  @GET
  @Operation(summary = "Search organizations (name, code or credit code), cursor-paginated")
  public Page<OrganizationView> search(
      @QueryParam("q") String text,
      @Parameter(schema = @Schema(implementation = OrgType.class)) @QueryParam("type") String type,
      @Parameter(schema = @Schema(implementation = OrgStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    String q = text == null || text.isBlank() ? null : text.strip();
    OrgSearch search =
        new OrgSearch(
            q,
            QueryParams.enumValue(OrgType.class, "type", type),
            QueryParams.enumValue(OrgStatus.class, "status", status));
    Page<Organization> page =
        administration.search(search, PageRequest.of("platform-orgs", limit, cursor));
    return new Page<>(page.items().stream().map(OrganizationView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{orgId}")
  @Operation(summary = "One organization")
  public OrganizationView get(@PathParam("orgId") String orgId) {
    return OrganizationView.of(administration.get(orgId));
  }

  @POST
  @Path("{orgId}/suspend")
  @Operation(summary = "Suspend an organization: its members are refused, nothing is deleted")
  public OrganizationView suspend(@PathParam("orgId") String orgId, StatusChangeRequest body) {
    return OrganizationView.of(administration.suspend(new ChangeOrgStatus(orgId, reason(body))));
  }

  @POST
  @Path("{orgId}/reactivate")
  @Operation(summary = "Reactivate a suspended organization")
  public OrganizationView reactivate(@PathParam("orgId") String orgId, StatusChangeRequest body) {
    return OrganizationView.of(administration.reactivate(new ChangeOrgStatus(orgId, reason(body))));
  }

  private String reason(StatusChangeRequest body) {
    return body == null ? null : validator.valid(body).reason();
  }
}
