package org.linli.volunteer.timebank.clearing.api;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.clearing.api.ClearingViews.AgreementView;
import org.linli.volunteer.timebank.clearing.application.ClearingAgreements;
import org.linli.volunteer.timebank.clearing.application.ClearingCommands.ProposeAgreement;

@Path("/v1/orgs/{org}/time-bank/clearing/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Time bank clearing")
public class ClearingAgreementsResource {
  @Inject ClearingAgreements agreements;
  @Inject RequestValidator validator;

  @POST
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Propose a clearing agreement (trust line) to another organization",
      description =
          "limitHours caps each side's net payable to the other. The counterparty sees the"
              + " proposal in its own list and accepts it there.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = AgreementView.class)))
  public Response propose(@PathParam("org") String org, ProposeAgreement body) {
    AgreementView view = AgreementView.of(agreements.propose(validator.valid(body)));
    return Response.created(
            URI.create("v1/orgs/" + org + "/time-bank/clearing/agreements/" + view.id()))
        .entity(view)
        .build();
  }

  @GET
  @Operation(summary = "This organization's side of its clearing agreements, cursor-paginated")
  public Page<AgreementView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = agreements.list(PageRequest.of("clearing-agreements", limit, cursor));
    return new Page<>(page.items().stream().map(AgreementView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{agreementId}")
  @Operation(summary = "One agreement with this organization's current payable")
  public AgreementView get(@PathParam("org") String org, @PathParam("agreementId") String id) {
    return AgreementView.of(agreements.get(id));
  }

  @POST
  @Path("{agreementId}/accept")
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(summary = "Accept the counterparty's proposal (both sides become ACTIVE)")
  public AgreementView accept(@PathParam("org") String org, @PathParam("agreementId") String id) {
    return AgreementView.of(agreements.accept(id));
  }

  @POST
  @Path("{agreementId}/suspend")
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Suspend an agreement or withdraw/refuse a proposal (both sides)",
      description = "No new redemptions; requests already open can still be settled or cancelled.")
  public AgreementView suspend(@PathParam("org") String org, @PathParam("agreementId") String id) {
    return AgreementView.of(agreements.suspend(id));
  }
}
