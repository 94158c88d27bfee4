package org.linli.volunteer.points.api;

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
import java.util.HashMap;
import java.util.Map;
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
import org.linli.kernel.tenancy.RequestContext;
import org.linli.volunteer.points.api.PointsDtos.PickupRequest;
import org.linli.volunteer.points.api.PointsDtos.RedeemRequest;
import org.linli.volunteer.points.api.PointsDtos.RedemptionView;
import org.linli.volunteer.points.application.Redemptions;
import org.linli.volunteer.points.domain.Redemption;

@Path("/v1/orgs/{org}/points/redemptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Points shop")
public class RedemptionsResource {
  @Inject Redemptions redemptions;
  @Inject RequestValidator validator;
  @Inject RequestContext requestContext;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.VOLUNTEER})
  @Operation(
      summary =
          "Redeem items for yourself: reserves stock, debits points (oldest-expiring first) and"
              + " returns a pickup code; 409 OUT_OF_STOCK, 422 INSUFFICIENT_BALANCE,"
              + " PER_PERSON_LIMIT_REACHED, ITEM_INACTIVE")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = RedemptionView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response redeem(@PathParam("org") String org, RedeemRequest body) {
    validator.valid(body);
    Redemption r = redemptions.redeem(body.itemId(), body.quantity());
    return Response.created(URI.create("v1/orgs/" + org + "/points/redemptions/" + r.id()))
        .entity(RedemptionView.of(r, redemptions.itemName(r.itemId()), true))
        .build();
  }

  @GET
  @Operation(summary = "Redemptions, optionally by status and volunteer, cursor-paginated")
  public Page<RedemptionView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = Redemption.Status.class)) @QueryParam("status")
          String status,
      @QueryParam("volunteerId") String volunteerId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        redemptions.list(
            QueryParams.enumValue(Redemption.Status.class, "status", status),
            volunteerId == null || volunteerId.isBlank() ? null : volunteerId.strip(),
            PageRequest.of("redemptions", limit, cursor));
    Map<String, String> names = new HashMap<>();
    return new Page<>(
        page.items().stream()
            .map(
                r ->
                    RedemptionView.of(
                        r, names.computeIfAbsent(r.itemId(), redemptions::itemName), false))
            .toList(),
        page.nextCursor());
  }

  @GET
  @Path("{redemptionId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(summary = "One redemption (a volunteer: only their own, with its pickup code)")
  public RedemptionView get(
      @PathParam("org") String org, @PathParam("redemptionId") String redemptionId) {
    return view(redemptions.get(redemptionId));
  }

  @POST
  @Path("{redemptionId}/cancel")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary =
          "Cancel a reserved redemption (its volunteer or staff): stock and points go back, exactly"
              + " once; 409 REDEMPTION_PICKED_UP")
  public RedemptionView cancel(
      @PathParam("org") String org, @PathParam("redemptionId") String redemptionId) {
    return view(redemptions.cancel(redemptionId));
  }

  @POST
  @Path("{redemptionId}/pickup")
  @Operation(
      summary = "Hand the item over against the volunteer's pickup code (422 PICKUP_CODE_MISMATCH)")
  public RedemptionView pickUp(
      @PathParam("org") String org,
      @PathParam("redemptionId") String redemptionId,
      PickupRequest body) {
    validator.valid(body);
    return view(redemptions.pickUp(redemptionId, body.pickupCode()));
  }

  /** The code only for the volunteer: staff learn it from the volunteer at the counter. */
  private RedemptionView view(Redemption r) {
    boolean staff =
        requestContext.hasOrgRole(OrgRole.STAFF.wireName())
            || requestContext.hasOrgRole(OrgRole.ORG_ADMIN.wireName());
    return RedemptionView.of(r, redemptions.itemName(r.itemId()), !staff);
  }
}
