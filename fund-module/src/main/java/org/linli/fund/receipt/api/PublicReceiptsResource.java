package org.linli.fund.receipt.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.receipt.api.ReceiptDtos.ReceiptVerificationView;
import org.linli.fund.receipt.application.PublicReceipts;
import org.linli.kernel.security.Public;

/** Checking a donation receipt by anyone, e.g. after scanning its QR code; no login needed. */
@Path("/v1/public/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
@Tag(name = "Public verification")
public class PublicReceiptsResource {
  @Inject PublicReceipts receipts;

  @GET
  @Path("{org}/{receiptCode}/{receiptNo}")
  @SecurityRequirements
  @Operation(
      summary = "Check a donation receipt: status (ISSUED/VOID), intact facts and the 校验码 (c)",
      description =
          "The printed facts (issuer, payer with a person's name masked, date, project, amount)"
              + " only with the matching check code c from the QR code; otherwise only the status"
              + " and factsRequireCheckCode true. Unknown numbers: 404 RECEIPT_NOT_FOUND. Limited"
              + " per client address: 429 RATE_LIMITED.")
  @APIResponse(
      responseCode = "200",
      description = "The result of the check",
      content = @Content(schema = @Schema(implementation = ReceiptVerificationView.class)))
  public Response verify(
      @PathParam("org") String org,
      @PathParam("receiptCode") String code,
      @PathParam("receiptNo") String number,
      @QueryParam("c") String checkCode) {
    var view = ReceiptVerificationView.of(receipts.verify(org, code, number, checkCode));
    return Response.ok(view).header("Cache-Control", "no-store").build();
  }
}
