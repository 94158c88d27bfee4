package org.linli.fund.accounting.api;

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
import org.linli.fund.accounting.api.VoucherDtos.ReverseRequest;
import org.linli.fund.accounting.api.VoucherDtos.VoucherRequest;
import org.linli.fund.accounting.api.VoucherDtos.VoucherView;
import org.linli.fund.accounting.application.Vouchers;
import org.linli.fund.accounting.domain.Voucher;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/** Vouchers (记账凭证): draft, approve (maker-checker, posts), red-letter reversal, list. */
@Path("/v1/orgs/{org}/accounting/vouchers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounting")
public class VouchersResource {
  @Inject Vouchers vouchers;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Draft a voucher",
      description =
          "Lines by account code (leaf accounts only) with exactly one of debit/credit as a"
              + " positive decimal string; restricted accounts (3102, ...02) need a fundId. 400"
              + " INVALID_AMOUNT, VOUCHER_LINE_ONE_SIDE, VOUCHER_UNBALANCED; 422"
              + " ACCOUNT_NOT_IN_CHART, ACCOUNT_NOT_LEAF, FUND_REQUIRED, FUND_NOT_FOUND,"
              + " PERIOD_CLOSED. Nothing is written on a refusal.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted (no number yet: numbers are given at posting)",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = VoucherView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response draft(@PathParam("org") String org, VoucherRequest body) {
    VoucherView view = VoucherView.of(vouchers.draft(validator.valid(body).toCommand()));
    return created(org, view);
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(summary = "Vouchers, newest first, optionally of a date range and status")
  public Page<VoucherView> list(
      @PathParam("org") String org,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Parameter(schema = @Schema(enumeration = {"DRAFT", "POSTED"})) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Voucher> page =
        vouchers.list(
            QueryParams.date("from", from),
            QueryParams.date("to", to),
            status == null ? null : QueryParams.enumValue(Voucher.Status.class, "status", status),
            PageRequest.of("vouchers", limit, cursor));
    return new Page<>(page.items().stream().map(VoucherView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{voucherId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(summary = "One voucher with its lines")
  public VoucherView get(@PathParam("org") String org, @PathParam("voucherId") String id) {
    return VoucherView.of(vouchers.get(VoucherDtos.voucherId(id)));
  }

  @POST
  @Path("{voucherId}/approve")
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Approve (审核) a draft voucher and post it",
      description =
          "The approver must not be the maker (422 VOUCHER_SELF_APPROVAL). Posting gives the next"
              + " number of the period (记-0001...). 409 VOUCHER_NOT_DRAFT when already posted;"
              + " 422 FUND_BALANCE_INSUFFICIENT, PERIOD_CLOSED.")
  @APIResponse(
      responseCode = "200",
      description = "Posted",
      content = @Content(schema = @Schema(implementation = VoucherView.class)))
  @Parameter(ref = "IdempotencyKey")
  public VoucherView approve(@PathParam("org") String org, @PathParam("voucherId") String id) {
    return VoucherView.of(vouchers.approve(VoucherDtos.voucherId(id)));
  }

  @POST
  @Path("{voucherId}/reverse")
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Reverse a posted voucher in red letters (红字冲销)",
      description =
          "Posts a new voucher with every amount negated, dated today or the given date (an open"
              + " period). 409 VOUCHER_ALREADY_REVERSED, VOUCHER_NOT_POSTED.")
  @APIResponse(
      responseCode = "201",
      description = "The red-letter voucher",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = VoucherView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response reverse(
      @PathParam("org") String org, @PathParam("voucherId") String id, ReverseRequest body) {
    validator.valid(body);
    return created(
        org,
        VoucherView.of(vouchers.reverse(VoucherDtos.voucherId(id), body.reason(), body.date())));
  }

  static Response created(String org, VoucherView view) {
    return Response.created(URI.create("v1/orgs/" + org + "/accounting/vouchers/" + view.id()))
        .entity(view)
        .build();
  }
}
