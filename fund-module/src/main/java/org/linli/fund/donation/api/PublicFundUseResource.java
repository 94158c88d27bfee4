package org.linli.fund.donation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.donation.api.DonationDtos.FundUseView;
import org.linli.fund.donation.application.PublicFundUse;
import org.linli.kernel.security.Public;

/** A donor's own page of where the gift went, reached by the unguessable link; no login. */
@Path("/v1/public/fund-use")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
@Tag(name = "Public verification")
public class PublicFundUseResource {
  @Inject PublicFundUse fundUse;

  @GET
  @Path("{org}/{token}")
  @SecurityRequirements
  @Operation(
      summary =
          "Where a donation went: the gift, and for a restricted gift its fund's charges"
              + " up to now (beneficiaries never named) and what is left",
      description =
          "Unknown or malformed links: 404 FUND_USE_NOT_FOUND. Limited per client"
              + " address: 429 RATE_LIMITED.")
  @APIResponse(
      responseCode = "200",
      description = "The gift and the use of its fund",
      content = @Content(schema = @Schema(implementation = FundUseView.class)))
  public Response view(@PathParam("org") String org, @PathParam("token") String token) {
    return Response.ok(FundUseView.of(fundUse.view(org, token)))
        .header("Cache-Control", "no-store")
        .build();
  }
}
