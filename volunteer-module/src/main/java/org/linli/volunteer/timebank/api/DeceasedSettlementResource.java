package org.linli.volunteer.timebank.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.application.DeceasedSettlements;
import org.linli.volunteer.timebank.application.SettleDeceasedHolder;
import org.linli.volunteer.timebank.domain.DeceasedSettlement;

/**
 * Settling a deceased volunteer's time accounts. Its own root path, longer than the time account's,
 * because JAX-RS picks one root resource per request and never backtracks into another.
 */
@Path("/v1/orgs/{org}/volunteers/{volunteerId}/time-account/deceased-settlement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles(OrgRole.ORG_ADMIN)
@Tag(name = "Time bank")
public class DeceasedSettlementResource {
  @Inject DeceasedSettlements settlements;
  @Inject RequestValidator validator;

  /**
   * @param evidence e.g. the death certificate (死亡证明) number and notes
   * @param heirVolunteerId the heir named by the family, an active volunteer of this organization
   */
  public record SettlementRequest(
      @NotNull LocalDate dateOfDeath,
      @NotBlank @Size(max = 1000) String evidence,
      @Size(max = 64) String heirVolunteerId) {}

  public record SettlementView(
      String volunteerId,
      LocalDate dateOfDeath,
      String rule,
      String heirVolunteerId,
      String toHeirHours,
      String toPoolHours,
      String transactionId,
      Instant settledAt) {
    static SettlementView of(DeceasedSettlement s) {
      return new SettlementView(
          s.volunteerId(),
          s.dateOfDeath(),
          s.rule().name(),
          s.heirVolunteerId(),
          Unit.HOUR.format(s.toHeirMinutes()),
          Unit.HOUR.format(s.toPoolMinutes()),
          s.transactionId(),
          s.settledAt());
    }
  }

  @POST
  @Idempotent
  @Operation(
      summary = "Settle a deceased holder's time accounts (once)",
      description =
          "Under the deceasedBalance rule in force today: HEIR_OR_POOL sends the ordinary balance"
              + " to the named heir (up to the heir's storage cap, the rest to the pool), or to the"
              + " pool when no heir is named; POOL sends it to the pool (naming an heir is 422"
              + " HEIR_NOT_ALLOWED). Donate-only hours always go to the pool. The volunteer leaves"
              + " the organization; hours approved for them later go to the pool. A second"
              + " settlement is 409 ALREADY_SETTLED.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = SettlementView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response settle(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      SettlementRequest body) {
    validator.valid(body);
    var settlement =
        settlements.settle(
            new SettleDeceasedHolder(
                volunteerId, body.dateOfDeath(), body.evidence(), body.heirVolunteerId()));
    return Response.status(Response.Status.CREATED).entity(SettlementView.of(settlement)).build();
  }
}
