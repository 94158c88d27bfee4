package org.linli.volunteer.timebank.clearing.api;

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
import org.linli.volunteer.timebank.clearing.infrastructure.PlatformClearingCheck;
import org.linli.volunteer.timebank.clearing.infrastructure.PlatformClearingCheck.PairCheck;

@Path("/v1/platform/time-bank/clearing")
@RequestScoped
@PlatformAdmin
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: time bank clearing")
public class PlatformClearingResource {
  @Inject PlatformClearingCheck check;

  /** Pass or fail per pair of organizations; no balance or request leaves a tenant. */
  public record ClearingCheckView(boolean ok, List<PairCheck> pairs) {}

  @GET
  @Path("check")
  @Operation(
      summary = "通存通兑 mirror check for every pair of organizations",
      description =
          "For each pair: A's clearing balance with B plus B's with A equals the hours held"
              + " for requests between them that are not yet settled or released.")
  public ClearingCheckView check() {
    List<PairCheck> pairs = check.allPairs();
    return new ClearingCheckView(pairs.stream().allMatch(PairCheck::ok), pairs);
  }
}
