package org.linli.fund.ledger.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.infrastructure.PlatformLedgerChecks;
import org.linli.fund.ledger.infrastructure.PlatformLedgerChecks.TenantCheck;
import org.linli.kernel.security.PlatformAdmin;

@Path("/v1/platform/ledger")
@RequestScoped
@PlatformAdmin
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: ledger")
public class PlatformLedgerResource {
  @Inject PlatformLedgerChecks checks;

  /** Pass/fail and counts per tenant; no ledger content leaves a tenant. */
  public record PlatformInvariantsView(boolean ok, List<TenantCheckView> tenants) {}

  public record TenantCheckView(
      String tenantId,
      boolean ok,
      long accounts,
      long postings,
      long unbalancedUnits,
      long mismatchedAccounts) {}

  @GET
  @Path("invariants")
  @Operation(summary = "The ledger invariant check for every organization")
  public PlatformInvariantsView invariants() {
    List<TenantCheck> all = checks.allTenants();
    return new PlatformInvariantsView(
        all.stream().allMatch(TenantCheck::ok),
        all.stream()
            .map(
                c ->
                    new TenantCheckView(
                        c.tenantId(),
                        c.ok(),
                        c.accounts(),
                        c.postings(),
                        c.unbalancedUnits(),
                        c.mismatched()))
            .toList());
  }
}
