package org.linli.fund.receipt.api;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.receipt.api.ReceiptDtos.ReceiptIssueRequest;
import org.linli.fund.receipt.api.ReceiptDtos.ReceiptView;
import org.linli.fund.receipt.api.ReceiptDtos.VoidRequest;
import org.linli.fund.receipt.application.ReceiptCommands.IssueReceipt;
import org.linli.fund.receipt.application.Receipts;
import org.linli.fund.receipt.domain.Receipt;
import org.linli.fund.receipt.infrastructure.ReceiptLinks;
import org.linli.fund.receipt.infrastructure.pdf.ReceiptPdf;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.tenant.domain.org.OrganizationRepository;

@Path("/v1/orgs/{org}/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
@Tag(name = "Receipts")
public class ReceiptsResource {
  @Inject Receipts receipts;
  @Inject ReceiptLinks links;
  @Inject ReceiptPdf pdf;
  @Inject OrganizationRepository organizations;
  @Inject RequestValidator validator;

  @POST
  @Idempotent(required = true)
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary =
          "Issue a 公益事业捐赠票据 for a donation with the series' next number (no gaps, no" + " reuse)",
      description =
          "422 RECEIPT_NOT_ALLOWED_FOR_BENEFIT (sponsorship or a benefit in return),"
              + " RECEIPT_NOT_ALLOWED_FOR_PLEDGE, NO_RECEIPT_SERIES, RECEIPT_SERIES_EXHAUSTED,"
              + " RECEIPT_NUMBER_OUTSIDE_SERIES, RECEIPT_NUMBER_NOT_NEXT; 409"
              + " DONATION_ALREADY_RECEIPTED; 404 DONATION_NOT_FOUND, RECEIPT_SERIES_NOT_FOUND")
  @APIResponse(
      responseCode = "201",
      description = "Issued",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = ReceiptView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response issue(@PathParam("org") String org, ReceiptIssueRequest body) {
    validator.valid(body);
    Receipt r =
        receipts.issue(
            new IssueReceipt(
                body.donationId(),
                QueryParams.text(body.seriesId()),
                body.number(),
                QueryParams.text(body.projectCode()),
                QueryParams.text(body.projectName()),
                QueryParams.text(body.remark())));
    return Response.created(URI.create("v1/orgs/" + org + "/receipts/" + r.id()))
        .entity(view(org, r))
        .build();
  }

  @GET
  @Operation(summary = "Receipts, newest first, optionally by status and donation")
  public Page<ReceiptView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(enumeration = {"ISSUED", "VOID"})) @QueryParam("status")
          String status,
      @QueryParam("donationId") String donationId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        receipts.list(
            QueryParams.enumValue(Receipt.Status.class, "status", status),
            QueryParams.text(donationId),
            PageRequest.of("receipts", limit, cursor));
    return new Page<>(page.items().stream().map(r -> view(org, r)).toList(), page.nextCursor());
  }

  @GET
  @Path("{receiptId}")
  @Operation(summary = "One receipt with its 大写合计 and verification link")
  public ReceiptView get(@PathParam("org") String org, @PathParam("receiptId") String id) {
    return view(org, receipts.get(id));
  }

  @GET
  @Path("{receiptId}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The receipt as a PDF with the QR code of its public check (作废 if voided)")
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "503",
      description = "The CJK font for PDFs is missing (RECEIPT_FONT_MISSING)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response pdf(@PathParam("org") String org, @PathParam("receiptId") String id) {
    Receipt r = receipts.get(id);
    var issuer = organizations.find(org).orElseThrow();
    byte[] bytes = pdf.render(r, issuer.name(), issuer.creditCode(), url(org, r));
    return Response.ok(bytes, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"receipt-" + r.receiptCode() + "-" + r.number() + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("{receiptId}/void")
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary =
          "Void (作废) a receipt with a reason; the number stays used and the public check"
              + " answers VOID; 409 RECEIPT_ALREADY_VOID")
  @APIResponse(
      responseCode = "200",
      description = "Voided",
      content = @Content(schema = @Schema(implementation = ReceiptView.class)))
  @Parameter(ref = "IdempotencyKey")
  public ReceiptView voidReceipt(
      @PathParam("org") String org, @PathParam("receiptId") String id, VoidRequest body) {
    validator.valid(body);
    return view(org, receipts.voidReceipt(id, body.reason()));
  }

  private ReceiptView view(String org, Receipt r) {
    return ReceiptView.of(r, url(org, r));
  }

  private String url(String org, Receipt r) {
    return links.verification(org, r.receiptCode(), r.number(), r.checkCode());
  }
}
