package org.linli.fund.purchase.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.purchase.api.DashboardDtos.BuyerDashboardView;
import org.linli.fund.purchase.api.DashboardDtos.OrderDrillView;
import org.linli.fund.purchase.api.DashboardDtos.ProviderDashboardView;
import org.linli.fund.purchase.application.OrderNames;
import org.linli.fund.purchase.application.PurchaseDashboard;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * The purchase dashboards: the buyer's over all its contracts (购买服务看板), the provider's over its
 * own, and the drill-down to one order with its evidence and the chain check.
 */
@Path("/v1/orgs/{org}/purchase-dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service purchase")
public class PurchaseDashboardResource {
  @Inject PurchaseDashboard dashboard;
  @Inject OrderNames names;

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
  @Operation(
      summary = "The buyer's dashboard across its contracts (购买服务看板)",
      description =
          "Months by service day, from..to inclusive (yyyy-MM; default the twelve months up to the"
              + " current one, at most 36). Delivered against contracted units per item and month,"
              + " the delivered amount against each budget, flags by rule and status,"
              + " satisfaction, sampling coverage and results (抽查), late rectifications (逾期整改),"
              + " settled amounts against the budgets, providers ranked by failed sampling"
              + " checks, then open flags. 400 INVALID_MONTH,"
              + " INVALID_MONTH_RANGE, MONTH_RANGE_TOO_LONG; 403 DASHBOARD_BUYER_ONLY (the"
              + " organization is not a government buyer).")
  public BuyerDashboardView buyer(
      @PathParam("org") String org,
      @Parameter(description = "First month, yyyy-MM", schema = @Schema(example = "2026-01"))
          @QueryParam("from")
          String from,
      @Parameter(description = "Last month, yyyy-MM", schema = @Schema(example = "2026-12"))
          @QueryParam("to")
          String to,
      @Parameter(description = "Only this contract") @QueryParam("contract") String contract,
      @Parameter(description = "Only contracts with this provider (organization code)")
          @QueryParam("provider")
          String provider,
      @HeaderParam("Accept-Language") String language) {
    return DashboardDtos.buyer(
        dashboard.buyer(
            new PurchaseDashboard.Filter(
                from, to, QueryParams.text(contract), QueryParams.text(provider))),
        FlagTexts.locale(language));
  }

  @GET
  @Path("provider")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "The provider's dashboard over its contracts: orders by status, deliveries, flags",
      description =
          "The same figures as the buyer's, over the provider's own copies (its contracts"
              + " only). The order queue itself is GET .../service-orders?status=, the flags of"
              + " a contract GET .../contracts/{id}/flags. 400 INVALID_MONTH,"
              + " INVALID_MONTH_RANGE, MONTH_RANGE_TOO_LONG.")
  public ProviderDashboardView provider(
      @PathParam("org") String org,
      @Parameter(description = "First month, yyyy-MM") @QueryParam("from") String from,
      @Parameter(description = "Last month, yyyy-MM") @QueryParam("to") String to,
      @Parameter(description = "Only this contract") @QueryParam("contract") String contract,
      @Parameter(description = "Only contracts with this buyer (organization code)")
          @QueryParam("buyer")
          String buyer,
      @HeaderParam("Accept-Language") String language) {
    return DashboardDtos.provider(
        dashboard.provider(
            new PurchaseDashboard.Filter(
                from, to, QueryParams.text(contract), QueryParams.text(buyer))),
        FlagTexts.locale(language));
  }

  @GET
  @Path("orders/{orderId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "Drill down to one order: transitions, evidence, flags and the chain check",
      description =
          "The contract's evidence chain is recomputed from the start up to its current head"
              + " (check.intact). 404 ORDER_NOT_FOUND.")
  public OrderDrillView order(
      @PathParam("org") String org,
      @PathParam("orderId") String id,
      @HeaderParam("Accept-Language") String language) {
    PurchaseDashboard.OrderDrill drill = dashboard.order(id);
    return OrderDrillView.of(
        drill, names.of(drill.detail().order().id()), FlagTexts.locale(language));
  }
}
