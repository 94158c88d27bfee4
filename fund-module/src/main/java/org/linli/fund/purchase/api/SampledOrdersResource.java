package org.linli.fund.purchase.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.purchase.api.SamplingDtos.SampledOrderView;
import org.linli.fund.purchase.application.Sampling;
import org.linli.fund.purchase.domain.CheckResult;
import org.linli.fund.purchase.domain.SampledOrder;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/** The sampled orders of a contract with their check history (buyer's copy). */
@Path("/v1/orgs/{org}/contracts/{contractId}/sampled-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service purchase")
public class SampledOrdersResource {
  @Inject Sampling sampling;

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary =
          "Sampled orders with their check history, by sample and place in the draw (empty on"
              + " the provider's copy)",
      description =
          "Without sample: the orders of the contract's active samples. 400 INVALID_CHECK_RESULT;"
              + " 404 CONTRACT_NOT_FOUND, SAMPLE_NOT_FOUND; 403 SAMPLING_BUYER_ROLE.")
  public Page<SampledOrderView> list(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @QueryParam("sample") String sample,
      @Parameter(schema = @Schema(implementation = CheckResult.class)) @QueryParam("result")
          String result,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PageRequest page = PageRequest.of("sampled-orders", limit, cursor);
    Page<SampledOrder> p =
        sampling.sampledOrders(
            contractId,
            QueryParams.text(sample),
            QueryParams.enumValue(CheckResult.class, "result", result),
            page);
    return new Page<>(p.items().stream().map(SampledOrderView::of).toList(), p.nextCursor());
  }
}
