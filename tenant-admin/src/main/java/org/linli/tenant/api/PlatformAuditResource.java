package org.linli.tenant.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.security.PlatformAdmin;
import org.linli.tenant.application.PlatformAuditChecks;
import org.linli.tenant.application.PlatformAuditChecks.TenantVerdict;

/** The platform-wide audit check (after a restore, or any time): a verdict per organization. */
@Path("/v1/platform/audit")
@RequestScoped
@PlatformAdmin
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: audit")
public class PlatformAuditResource {
  @Inject PlatformAuditChecks checks;

  /** Pass/fail per organization; no audit record leaves its organization. */
  public record PlatformAuditView(boolean ok, List<TenantAuditView> tenants) {}

  public record TenantAuditView(
      String tenantId, boolean ok, long recordsChecked, Long firstBrokenSeq, String problem) {
    static TenantAuditView of(TenantVerdict v) {
      return new TenantAuditView(
          v.tenantId(),
          v.result().valid(),
          v.result().recordsChecked(),
          v.result().firstBrokenSeq(),
          v.result().problem());
    }
  }

  @GET
  @Path("verification")
  @Operation(
      summary = "Verify every organization's audit chain",
      description =
          "Recomputes every hash and link of each organization's chain, as the organization's own"
              + " verification does, and reports the first break per organization.")
  public PlatformAuditView verification() {
    List<TenantAuditView> tenants = checks.verifyAll().stream().map(TenantAuditView::of).toList();
    return new PlatformAuditView(tenants.stream().allMatch(TenantAuditView::ok), tenants);
  }
}
