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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.clearing.api.ClearingViews.OutboundView;
import org.linli.volunteer.timebank.clearing.application.ClearingCommands.RequestService;
import org.linli.volunteer.timebank.clearing.application.OutboundRedemptions;
import org.linli.volunteer.timebank.clearing.domain.OutboundStatus;

/** Redeeming this organization's hours for a service at another organization (通存通兑). */
@Path("/v1/orgs/{org}/time-bank/clearing/outbound-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
@Tag(name = "Time bank clearing")
public class OutboundRequestsResource {
  @Inject OutboundRedemptions redemptions;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(
      summary = "Request a service at another organization, paid with hours held here",
      description =
          "A volunteer for themselves (volunteerId left out), staff for a volunteer. Needs an"
              + " ACTIVE agreement, the person at least the rules' redeemFromAge (422"
              + " REQUESTER_TOO_YOUNG) and room under the limit (422 CLEARING_LIMIT_EXCEEDED).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = OutboundView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response request(@PathParam("org") String org, RequestService body) {
    OutboundView view = OutboundView.of(redemptions.request(validator.valid(body)));
    return Response.created(
            URI.create("v1/orgs/" + org + "/time-bank/clearing/outbound-requests/" + view.id()))
        .entity(view)
        .build();
  }

  @GET
  @Operation(summary = "Outbound requests (a volunteer sees their own), cursor-paginated")
  public Page<OutboundView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = OutboundStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        redemptions.list(
            QueryParams.enumValue(OutboundStatus.class, "status", status),
            PageRequest.of("clearing-outbound", limit, cursor));
    return new Page<>(page.items().stream().map(OutboundView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{outboundId}")
  @Operation(summary = "One outbound request")
  public OutboundView get(@PathParam("org") String org, @PathParam("outboundId") String id) {
    return OutboundView.of(redemptions.get(id));
  }

  @POST
  @Path("{outboundId}/cancel")
  @Operation(
      summary = "Cancel an open request, or release the hours of a declined one",
      description = "The held hours return to the volunteer exactly once; 409 once settled.")
  public OutboundView cancel(@PathParam("org") String org, @PathParam("outboundId") String id) {
    return OutboundView.of(redemptions.cancel(id));
  }
}
