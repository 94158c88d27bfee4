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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.clearing.api.ClearingViews.InboundView;
import org.linli.volunteer.timebank.clearing.application.ClearingCommands.AssignProvider;
import org.linli.volunteer.timebank.clearing.application.ClearingCommands.DeclineService;
import org.linli.volunteer.timebank.clearing.application.InboundServices;
import org.linli.volunteer.timebank.clearing.domain.InboundStatus;

/** Services this organization provides for other organizations' time bank members. */
@Path("/v1/orgs/{org}/time-bank/clearing/inbound-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Time bank clearing")
public class InboundRequestsResource {
  @Inject InboundServices services;
  @Inject RequestValidator validator;

  @GET
  @Operation(summary = "Requests from other organizations to serve here, cursor-paginated")
  public Page<InboundView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = InboundStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        services.list(
            QueryParams.enumValue(InboundStatus.class, "status", status),
            PageRequest.of("clearing-inbound", limit, cursor));
    return new Page<>(page.items().stream().map(InboundView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{inboundId}")
  @Operation(summary = "One inbound request")
  public InboundView get(@PathParam("org") String org, @PathParam("inboundId") String id) {
    return InboundView.of(services.get(id));
  }

  @POST
  @Path("{inboundId}/assign")
  @Operation(summary = "Assign an active volunteer of this organization to provide the service")
  public InboundView assign(
      @PathParam("org") String org, @PathParam("inboundId") String id, AssignProvider body) {
    validator.valid(body);
    return InboundView.of(services.assign(id, body.providerVolunteerId()));
  }

  @POST
  @Path("{inboundId}/confirm")
  @Operation(
      summary = "Confirm delivery: the provider is paid and both sides settle",
      description =
          "Pays the provider (cap overflow to the pool) from the clearing account for the"
              + " requesting organization, which goes negative: that organization owes the hours.")
  public InboundView confirm(@PathParam("org") String org, @PathParam("inboundId") String id) {
    return InboundView.of(services.confirm(id));
  }

  @POST
  @Path("{inboundId}/decline")
  @Operation(
      summary = "Decline the request",
      description = "The requester's hours stay held there until its side releases them.")
  public InboundView decline(
      @PathParam("org") String org, @PathParam("inboundId") String id, DeclineService body) {
    validator.valid(body);
    return InboundView.of(services.decline(id, body.reason()));
  }
}
