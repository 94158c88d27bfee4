package org.linli.fund.ledger.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.api.LedgerDtos.ReversalRequest;
import org.linli.fund.ledger.api.LedgerDtos.TransactionRequest;
import org.linli.fund.ledger.api.LedgerDtos.TransactionView;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.application.ManualPostings;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * Posting by hand, CNY only (hours and points move by the time bank and points rules: 422
 * MANUAL_POSTING_UNIT_NOT_ALLOWED). The client-supplied transaction id is the idempotency key, so
 * these POSTs need no Idempotency-Key header: a retry answers 200 with the first result.
 */
@Path("/v1/orgs/{org}/ledger/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
@Tag(name = "Ledger")
public class LedgerTransactionsResource {
  @Inject LedgerPostings postings;
  @Inject ManualPostings manual;
  @Inject RequestValidator validator;

  @POST
  @Operation(
      summary = "Post a balanced CNY transaction (201; a retry with the same id and body: 200)",
      description =
          "Hours and points are moved only by the time bank and points rules: a posting in HOUR"
              + " or POINT is refused with 422 MANUAL_POSTING_UNIT_NOT_ALLOWED, nothing written.")
  @APIResponse(
      responseCode = "201",
      description = "Posted",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = TransactionView.class)))
  @APIResponse(
      responseCode = "200",
      description = "A retry with the same id and body: the transaction posted first",
      content = @Content(schema = @Schema(implementation = TransactionView.class)))
  public Response post(@PathParam("org") String org, TransactionRequest body) {
    validator.valid(body);
    return answer(org, manual.post(body.toTransaction()));
  }

  @GET
  @Path("{transactionId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(summary = "One posted transaction")
  public TransactionView get(@PathParam("org") String org, @PathParam("transactionId") String id) {
    return TransactionView.of(postings.get(id));
  }

  @POST
  @Path("{transactionId}/reversal")
  @Operation(
      summary = "Reverse a transaction with a contra transaction (once)",
      description =
          "Only a CNY transaction can be reversed by hand: one with HOUR or POINT postings is"
              + " refused with 422 MANUAL_POSTING_UNIT_NOT_ALLOWED (correct hours and points on"
              + " their own paths).")
  @APIResponse(
      responseCode = "201",
      description = "Reversed by a contra transaction",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = TransactionView.class)))
  @APIResponse(
      responseCode = "200",
      description = "A retry with the same id: the contra transaction posted first",
      content = @Content(schema = @Schema(implementation = TransactionView.class)))
  public Response reverse(
      @PathParam("org") String org, @PathParam("transactionId") String id, ReversalRequest body) {
    validator.valid(body);
    return answer(org, manual.reverse(id, body.id(), body.memo()));
  }

  private static Response answer(String org, LedgerPostings.Posted posted) {
    TransactionView view = TransactionView.of(posted.stored());
    if (posted.replay()) {
      return Response.ok(view).build();
    }
    return Response.created(URI.create("v1/orgs/" + org + "/ledger/transactions/" + view.id()))
        .entity(view)
        .build();
  }
}
