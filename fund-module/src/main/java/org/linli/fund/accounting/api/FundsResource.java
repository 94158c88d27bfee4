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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.accounting.api.FundDtos.ChargeView;
import org.linli.fund.accounting.api.FundDtos.FundRequest;
import org.linli.fund.accounting.api.FundDtos.FundView;
import org.linli.fund.accounting.application.Funds;
import org.linli.fund.accounting.application.Vouchers;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/** Funds (基金/项目) with their balances and charges. */
@Path("/v1/orgs/{org}/funds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounting")
public class FundsResource {
  @Inject Funds funds;
  @Inject Vouchers vouchers;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Create a fund (基金/项目)",
      description =
          "A restricted fund with purpose and/or time restriction, budget and dates. 409"
              + " FUND_NAME_TAKEN for a name in use.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = FundView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response create(@PathParam("org") String org, FundRequest body) {
    FundView view = FundView.of(funds.create(validator.valid(body).toCommand()));
    return Response.created(URI.create("v1/orgs/" + org + "/funds/" + view.id()))
        .entity(view)
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
  @Operation(summary = "The organization's funds with their balances, by name")
  public Page<FundView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Funds.FundWithBalance> page = funds.list(PageRequest.of("funds", limit, cursor));
    return new Page<>(page.items().stream().map(FundView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{fundId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
  @Operation(summary = "One fund with its balance")
  public FundView get(@PathParam("org") String org, @PathParam("fundId") String fundId) {
    return FundView.of(funds.get(FundDtos.id(fundId)));
  }

  @POST
  @Path("{fundId}/release")
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Draft a release from restriction (限定性净资产 → 非限定性净资产)",
      description =
          "When the purpose is met or the time has passed: a draft voucher Dr 3102 (charged to"
              + " the fund) / Cr 3101 with the reason, approved by another person like any"
              + " voucher. 422 FUND_BALANCE_INSUFFICIENT beyond the fund's balance.")
  @APIResponse(
      responseCode = "201",
      description = "The draft voucher",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = VoucherDtos.VoucherView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response release(
      @PathParam("org") String org,
      @PathParam("fundId") String fundId,
      VoucherDtos.ReleaseRequest body) {
    UUID id = FundDtos.id(fundId);
    funds.get(id);
    validator.valid(body);
    return VouchersResource.created(
        org, VoucherDtos.VoucherView.of(vouchers.release(body.toCommand(id))));
  }

  @GET
  @Path("{fundId}/charges")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
  @Operation(summary = "Posted charges against the fund (restricted expense lines), oldest first")
  public Page<ChargeView> charges(
      @PathParam("org") String org,
      @PathParam("fundId") String fundId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    funds.get(FundDtos.id(fundId));
    PageRequest page = PageRequest.of("fund-charges", limit, cursor);
    // Small per fund; paged in memory by the voucher line's position.
    var all = funds.charges(FundDtos.id(fundId), 10_000);
    java.util.List<ChargeView> views = all.stream().map(ChargeView::of).toList();
    java.util.List<String> keys = new java.util.ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      keys.add(Integer.toString(i));
    }
    Page<Integer> idx =
        page.slice(
            java.util.stream.IntStream.range(0, views.size()).boxed().toList(), i -> keys.get(i));
    return new Page<>(idx.items().stream().map(views::get).toList(), idx.nextCursor());
  }
}
