package org.linli.fund.ledger.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.api.LedgerDtos.InvariantsView;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/** Month closing and the organization's invariant check. */
@Path("/v1/orgs/{org}/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class LedgerPeriodsResource {
  @Inject LedgerPostings postings;
  @Inject LedgerAccounts accounts;

  @POST
  @Path("periods/{period}/close")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(summary = "Close a month (yyyy-MM): postings dated in it are refused from now on")
  @APIResponse(responseCode = "204", description = "Done")
  public Response close(
      @PathParam("org") String org,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = "^[0-9]{4}-[0-9]{2}$",
                      description = "yyyy-MM"))
          @PathParam("period")
          String period) {
    YearMonth month;
    try {
      month = period.matches("[0-9]{4}-[0-9]{2}") ? YearMonth.parse(period) : null;
    } catch (DateTimeParseException e) {
      month = null;
    }
    if (month == null) {
      throw DomainException.invalidField("period", "INVALID_PERIOD");
    }
    postings.closePeriod(month);
    return Response.noContent().build();
  }

  @GET
  @Path("invariants")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(summary = "Check: postings sum to zero per unit; balances equal their postings")
  public InvariantsView invariants(@PathParam("org") String org) {
    return InvariantsView.of(accounts.invariants());
  }
}
