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
import org.linli.kernel.tenancy.TenantId;
import org.linli.tenant.api.MemberDtos.InvitationView;
import org.linli.tenant.api.MemberDtos.InviteRequest;
import org.linli.tenant.api.MemberDtos.MemberView;
import org.linli.tenant.application.Commands.ChangeRole;
import org.linli.tenant.application.Commands.InviteMember;
import org.linli.tenant.application.Invitations;
import org.linli.tenant.application.MembershipAdministration;

@Path("/v1/orgs/{org}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organization: members")
public class MembersResource {
  @Inject MembershipAdministration members;
  @Inject Invitations invitations;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Invite a person (creates or links their login) with roles",
      description =
          "A person whose login is new (or still without a password) is e-mailed Keycloak's"
              + " invitation link: choose a password, confirm the address. A person who already"
              + " signs in (e.g. a member elsewhere) gets no e-mail. The answer's `invitation`"
              + " says what happened; a failed e-mail leaves the member invited (re-send later).")
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
    var invitation = invitations.offer(TenantId.of(org), member.person().id());
    return Response.created(URI.create("v1/orgs/" + org + "/members/" + member.person().id()))
        .entity(MemberView.of(member, invitation))
        .build();
  }

  @POST
  @Path("{personId}/invitation")
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Send the invitation e-mail again",
      description =
          "For a member who has not chosen a password yet (the first e-mail was lost, failed or"
              + " its link expired). Earlier links keep working until they expire or are used."
              + " 409 LOGIN_ALREADY_SET_UP when the member already signs in, MEMBER_HAS_NO_LOGIN"
              + " without an e-mail address, INVITATION_RECENTLY_SENT within the re-send interval"
              + " (default 1 minute); 503 INVITATION_EMAIL_FAILED when the mail server cannot"
              + " send it.")
  @APIResponse(
      responseCode = "200",
      description = "Sent",
      content = @Content(schema = @Schema(implementation = InvitationView.class)))
  @APIResponse(
      responseCode = "503",
      description =
          "The e-mail could not be sent (INVITATION_EMAIL_FAILED) or Keycloak cannot be reached",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public InvitationView resendInvitation(
      @PathParam("org") String org, @PathParam("personId") String personId) {
    return InvitationView.of(invitations.resend(TenantId.of(org), personId));
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
