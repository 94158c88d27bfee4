package org.linli.fund.purchase.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.purchase.api.SettlementDtos.ProjectLedgerView;
import org.linli.fund.purchase.api.SettlementDtos.PurchaseSettlementDetailView;
import org.linli.fund.purchase.api.SettlementDtos.PurchaseSettlementView;
import org.linli.fund.purchase.api.SettlementDtos.SettledOrderView;
import org.linli.fund.purchase.api.SettlementDtos.SettlementBudgetItemView;
import org.linli.fund.purchase.api.SettlementDtos.SettlementBudgetView;
import org.linli.fund.purchase.api.SettlementDtos.SettlementDraftRequest;
import org.linli.fund.purchase.api.SettlementDtos.SettlementInvoiceRequest;
import org.linli.fund.purchase.api.SettlementDtos.SettlementPaymentRequest;
import org.linli.fund.purchase.application.ProjectLedgers;
import org.linli.fund.purchase.application.Settlements;
import org.linli.fund.purchase.domain.SettledOrder;
import org.linli.fund.purchase.domain.Settlement;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * Monthly settlements (结算) of purchase contracts on the caller's copy: the buyer drafts, accepts
 * and records payment; the provider invoices. ETag = the settlement's version.
 */
@Path("/v1/orgs/{org}/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service purchase")
public class SettlementsResource {
  @Inject Settlements settlements;
  @Inject ProjectLedgers ledgers;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Draft (or re-draft) a contract's monthly settlement (buyer)",
      description =
          "Completed and rated orders of the month (by service date) × the unit price in force on"
              + " their day; orders with an open or rejected anomaly flag are deducted with the"
              + " reason. Re-drafting recomputes the same figures from the same data (version + 1)."
              + " 400 INVALID_PERIOD; 403 SETTLEMENT_BUYER_ONLY; 404 CONTRACT_NOT_FOUND; 409"
              + " CONTRACT_STATUS_CONFLICT, SETTLEMENT_STATUS_CONFLICT (the month is accepted); 422"
              + " SETTLEMENT_MONTH_OUTSIDE_TERM, SETTLEMENT_MONTH_NOT_STARTED.")
  @APIResponse(
      responseCode = "200",
      description = "The draft with its lines",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PurchaseSettlementDetailView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response draft(@PathParam("org") String org, SettlementDraftRequest body) {
    Settlements.SettlementDetail d = settlements.draft(validator.valid(body).toCommand());
    return view(d)
        .location(URI.create("v1/orgs/" + org + "/settlements/" + d.settlement().id()))
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(summary = "The caller's settlements, newest month first; optionally one contract's")
  public Page<PurchaseSettlementView> list(
      @PathParam("org") String org,
      @QueryParam("contract") String contract,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Settlement> page =
        settlements.list(QueryParams.text(contract), PageRequest.of("settlements", limit, cursor));
    return new Page<>(
        page.items().stream().map(PurchaseSettlementView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("contracts/{contractId}/budget")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "Budget against actual of a contract, per item (either side, from its own copy)",
      description =
          "Budget: quantity × unit price of the version in force; actual: accepted settlements."
              + " 404 CONTRACT_NOT_FOUND.")
  public SettlementBudgetView budget(
      @PathParam("org") String org, @PathParam("contractId") String contractId) {
    Settlements.Budget b = settlements.budget(contractId);
    long total = b.contract().totalAmount();
    return new SettlementBudgetView(
        b.contract().id(),
        b.contract().number(),
        b.contract().side().name(),
        PurchaseDtos.yuan(total),
        PurchaseDtos.yuan(b.settled()),
        PurchaseDtos.yuan(b.paid()),
        PurchaseDtos.yuan(total - b.settled()),
        "CNY",
        b.fundId() == null ? null : b.fundId().toString(),
        b.items().stream()
            .map(
                i -> {
                  long budget = i.item().unitPrice() * i.item().quantity();
                  return new SettlementBudgetItemView(
                      i.item().code(),
                      i.item().name(),
                      i.item().unit().name(),
                      PurchaseDtos.yuan(i.item().unitPrice()),
                      i.item().quantity(),
                      PurchaseDtos.yuan(budget),
                      i.settledCount(),
                      PurchaseDtos.yuan(i.settledAmount()),
                      i.deductedCount(),
                      PurchaseDtos.yuan(i.deductedAmount()),
                      i.item().quantity() - i.settledCount(),
                      PurchaseDtos.yuan(budget - i.settledAmount()));
                })
            .toList());
  }

  @GET
  @Path("contracts/{contractId}/ledger")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(
      summary = "The contract's project ledger (专账) in the provider's books, paged (provider)",
      description =
          "The voucher lines on the contract's fund (every account: 1121, 430101, 1002, and what"
              + " finance puts on the project), by date and voucher number, with the project's"
              + " surplus (income less expenses) before from (openingBalance), after each line and"
              + " at to (closingBalance). from defaults to the contract's start, to to today. 400"
              + " INVALID_DATE, INVALID_RANGE; 403 PROJECT_LEDGER_PROVIDER_ONLY (the buyer's copy);"
              + " 404 CONTRACT_NOT_FOUND.")
  public ProjectLedgerView ledger(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return ProjectLedgerView.of(
        ledgers.ledger(
            contractId,
            QueryParams.date("from", from),
            QueryParams.date("to", to),
            PageRequest.of("project-ledger:" + contractId, limit, cursor)));
  }

  @GET
  @Path("{settlementId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(summary = "A settlement with its lines per item; 404 SETTLEMENT_NOT_FOUND")
  @APIResponse(
      responseCode = "200",
      description = "The settlement",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PurchaseSettlementDetailView.class)))
  public Response get(@PathParam("org") String org, @PathParam("settlementId") String id) {
    return view(settlements.get(id)).build();
  }

  @GET
  @Path("{settlementId}/orders")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "The settlement's orders with their outcome and the reason of each deduction",
      description = "400 INVALID_OUTCOME; 404 SETTLEMENT_NOT_FOUND.")
  public Page<SettledOrderView> orders(
      @PathParam("org") String org,
      @PathParam("settlementId") String id,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"PAID", "DEDUCTED"}))
          @QueryParam("outcome")
          String outcome,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Boolean paid = null;
    if (outcome != null && !outcome.isBlank()) {
      paid =
          switch (outcome.strip()) {
            case "PAID" -> true;
            case "DEDUCTED" -> false;
            default -> throw DomainException.invalidField("outcome", "INVALID_OUTCOME");
          };
    }
    Page<SettledOrder> page =
        settlements.orders(id, paid, PageRequest.of("settlement-orders", limit, cursor));
    return new Page<>(page.items().stream().map(SettledOrderView::of).toList(), page.nextCursor());
  }

  @POST
  @Path("{settlementId}/accept")
  @Idempotent(required = true)
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary =
          "Accept the draft (buyer): frozen from now on; its paid orders become SETTLED on both"
              + " sides; the provider's books post Dr 1121 / Cr 430101",
      description =
          "Requires If-Match with the version read. 403 SETTLEMENT_BUYER_ONLY; 404"
              + " SETTLEMENT_NOT_FOUND; 409 SETTLEMENT_STATUS_CONFLICT, SETTLEMENT_STALE (orders or"
              + " flags changed since the draft: re-draft); 412 VERSION_MISMATCH; 422"
              + " SETTLEMENT_MONTH_NOT_ENDED, PROVIDER_BOOKS_NOT_OPEN; 428 IF_MATCH_REQUIRED.")
  @APIResponse(
      responseCode = "200",
      description = "Accepted",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PurchaseSettlementDetailView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response accept(
      @PathParam("org") String org,
      @PathParam("settlementId") String id,
      @HeaderParam("If-Match") String ifMatch) {
    return view(settlements.accept(id, ifMatch)).build();
  }

  @POST
  @Path("{settlementId}/invoice")
  @Idempotent(required = true)
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Enter the invoice for the amount due (provider)",
      description =
          "Requires If-Match. Posts the receivable first if not yet posted. 400 (fields),"
              + " INVALID_AMOUNT; 403 SETTLEMENT_PROVIDER_ONLY; 404 SETTLEMENT_NOT_FOUND; 409"
              + " SETTLEMENT_STATUS_CONFLICT; 412 VERSION_MISMATCH; 422 INVOICE_AMOUNT_MISMATCH,"
              + " BOOKS_NOT_OPEN, PERIOD_CLOSED; 428 IF_MATCH_REQUIRED.")
  @APIResponse(
      responseCode = "200",
      description = "Invoiced",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PurchaseSettlementDetailView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response invoice(
      @PathParam("org") String org,
      @PathParam("settlementId") String id,
      @HeaderParam("If-Match") String ifMatch,
      SettlementInvoiceRequest body) {
    return view(settlements.invoice(validator.valid(body).toCommand(id, ifMatch))).build();
  }

  @POST
  @Path("{settlementId}/pay")
  @Idempotent(required = true)
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary =
          "Record the payment of the invoice (buyer); the provider's books post Dr 1002 / Cr"
              + " 1121",
      description =
          "Requires If-Match. 400 (fields), PAYMENT_DATE_INVALID; 403 SETTLEMENT_BUYER_ONLY; 404"
              + " SETTLEMENT_NOT_FOUND; 409 SETTLEMENT_STATUS_CONFLICT; 412 VERSION_MISMATCH; 428"
              + " IF_MATCH_REQUIRED.")
  @APIResponse(
      responseCode = "200",
      description = "Paid",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PurchaseSettlementDetailView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response pay(
      @PathParam("org") String org,
      @PathParam("settlementId") String id,
      @HeaderParam("If-Match") String ifMatch,
      SettlementPaymentRequest body) {
    return view(settlements.pay(validator.valid(body).toCommand(id, ifMatch))).build();
  }

  @POST
  @Path("{settlementId}/books")
  @Idempotent
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Post what the provider's books still lack for this settlement (provider)",
      description =
          "Normally done right after the buyer's acceptance and payment; this repeats it (nothing"
              + " posts twice). 403 SETTLEMENT_PROVIDER_ONLY; 404 SETTLEMENT_NOT_FOUND; 422"
              + " BOOKS_NOT_OPEN, PERIOD_CLOSED.")
  @APIResponse(
      responseCode = "200",
      description = "The settlement with its voucher ids",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PurchaseSettlementDetailView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response books(@PathParam("org") String org, @PathParam("settlementId") String id) {
    return view(settlements.postBooks(id)).build();
  }

  private static Response.ResponseBuilder view(Settlements.SettlementDetail d) {
    return Response.ok(PurchaseSettlementDetailView.of(d))
        .tag(new EntityTag(Integer.toString(d.settlement().version())));
  }
}
