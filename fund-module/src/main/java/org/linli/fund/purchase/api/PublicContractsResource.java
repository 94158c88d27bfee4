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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.purchase.api.PurchaseDtos.ContractDetailView;
import org.linli.fund.purchase.api.PurchaseDtos.ContractView;
import org.linli.fund.purchase.application.PublicContracts;
import org.linli.fund.purchase.domain.Contract;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.Public;

/** A buyer's published service-purchase contracts (公开), without login. */
@Path("/v1/public/purchase-contracts/{org}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
@Tag(name = "Public verification")
public class PublicContractsResource {
  @Inject PublicContracts contracts;

  @GET
  @SecurityRequirements
  @Operation(
      summary = "The buyer's published contracts, newest first",
      description = "An unknown buyer has none. Limited per client address: 429 RATE_LIMITED.")
  public Page<ContractView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Contract> page = contracts.list(org, PageRequest.of("public-contracts", limit, cursor));
    return new Page<>(page.items().stream().map(ContractView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{contractId}")
  @SecurityRequirements
  @Operation(
      summary = "A published contract with its versions and items",
      description = "404 PUBLIC_CONTRACT_NOT_FOUND (unknown, unpublished or malformed).")
  public ContractDetailView get(@PathParam("org") String org, @PathParam("contractId") String id) {
    return ContractDetailView.of(contracts.get(org, id));
  }
}
