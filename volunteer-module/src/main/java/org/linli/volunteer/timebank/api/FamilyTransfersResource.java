package org.linli.volunteer.timebank.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.linli.volunteer.timebank.api.WithdrawalDtos.TransferRequest;
import org.linli.volunteer.timebank.api.WithdrawalDtos.TransferView;
import org.linli.volunteer.timebank.application.FamilyTransfers;

/** Transfers of stored hours from a volunteer to a registered family beneficiary. */
@Path("/v1/orgs/{org}/time-bank/family-transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
@Tag(name = "Time bank")
public class FamilyTransfersResource {
  @Inject FamilyTransfers transfers;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(
      summary = "Transfer hours to a family beneficiary (a volunteer for themselves, or staff)",
      description =
          "The rules in force today decide the beneficiary's minimum age (422"
              + " BENEFICIARY_TOO_YOUNG) and the volunteer's yearly total (422"
              + " FAMILY_TRANSFER_LIMIT_EXCEEDED); 422 INSUFFICIENT_BALANCE when the volunteer"
              + " holds fewer hours. Hours have no cash value.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = TransferView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response transfer(@PathParam("org") String org, TransferRequest body) {
    var transfer = transfers.transfer(validator.valid(body).toCommand());
    return Response.status(201).entity(TransferView.of(transfer)).build();
  }

  @GET
  @Operation(summary = "Transfers to family, optionally of one volunteer (a volunteer: their own)")
  public Page<TransferView> list(
      @PathParam("org") String org,
      @QueryParam("volunteerId") String volunteerId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        transfers.list(
            volunteerId == null || volunteerId.isBlank() ? null : volunteerId,
            PageRequest.of("family-transfers", limit, cursor));
    return new Page<>(page.items().stream().map(TransferView::of).toList(), page.nextCursor());
  }
}
