package org.linli.tenant.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.tenant.api.MemberDtos.InviteRequest;
import org.linli.tenant.api.MemberDtos.MemberView;
import org.linli.tenant.application.Commands.ChangeRole;
import org.linli.tenant.application.Commands.InviteMember;
import org.linli.tenant.application.MembershipAdministration;

@Path("/v1/orgs/{org}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organization: members")
public class MembersResource {
  @Inject MembershipAdministration members;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(summary = "Invite a person (creates or links their login) with roles")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @Parameter(ref = "IdempotencyKey")
  @APIResponse(
      responseCode = "503",
      description = "The identity provider (Keycloak) cannot be reached",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response invite(@PathParam("org") String org, InviteRequest body) {
    validator.valid(body);
    var member =
        members.invite(
            new InviteMember(body.person().toDetails(), MemberDtos.parseRoles(body.roles())));
    return Response.created(URI.create("/api/v1/orgs/" + org + "/members/" + member.person().id()))
        .entity(MemberView.of(member))
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(summary = "Active members, cursor-paginated")
  public Page<MemberView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = members.list(PageRequest.of("members", limit, cursor));
    return new Page<>(page.items().stream().map(MemberView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{personId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(summary = "One member (ID and phone numbers masked)")
  public MemberView get(@PathParam("org") String org, @PathParam("personId") String personId) {
    return MemberView.of(members.get(personId));
  }

  @GET
  @Path("{personId}/identity")
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(summary = "The member's full ID and phone numbers (org admin only; audited)")
  public MemberView reveal(@PathParam("org") String org, @PathParam("personId") String personId) {
    var identity = members.reveal(personId);
    return MemberView.of(members.get(personId), identity.idNumber(), identity.phone());
  }

  @PUT
  @Path("{personId}/roles/{role}")
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(summary = "Grant a role")
  public MemberView grant(
      @PathParam("org") String org,
      @PathParam("personId") String personId,
      @PathParam("role") String role) {
    return MemberView.of(members.grant(new ChangeRole(personId, MemberDtos.parseRole(role))));
  }

  @DELETE
  @Path("{personId}/roles/{role}")
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(summary = "Revoke a role (refused on the next request of that member)")
  public MemberView revoke(
      @PathParam("org") String org,
      @PathParam("personId") String personId,
      @PathParam("role") String role) {
    return MemberView.of(members.revoke(new ChangeRole(personId, MemberDtos.parseRole(role))));
  }

  @DELETE
  @Path("{personId}")
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(summary = "Remove a member (the record is kept, the access ends)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response remove(@PathParam("org") String org, @PathParam("personId") String personId) {
    members.remove(personId);
    return Response.noContent().build();
  }
}
