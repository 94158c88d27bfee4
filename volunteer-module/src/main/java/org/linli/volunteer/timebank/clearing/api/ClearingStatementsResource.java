package org.linli.volunteer.timebank.clearing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.clearing.api.ClearingViews.StatementView;
import org.linli.volunteer.timebank.clearing.application.ClearingStatements;

@Path("/v1/orgs/{org}/time-bank/clearing/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.FINANCE, OrgRole.AUDITOR})
@Tag(name = "Time bank clearing")
public class ClearingStatementsResource {
  @Inject ClearingStatements statements;

  @GET
  @Operation(
      summary = "Clearing statement of a month (period=yyyy-MM), per counterparty",
      description =
          "Opening and closing balance of this organization's clearing account for each"
              + " counterparty (positive: hours owed to it), the month's holds, releases and"
              + " settlements with request ids, and the requests open at month end.")
  public StatementView statement(
      @PathParam("org") String org,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = "^[0-9]{4}-[0-9]{2}$",
                      description = "yyyy-MM"))
          @QueryParam("period")
          String period) {
    return StatementView.of(statements.of(period(period)));
  }

  private static YearMonth period(String raw) {
    try {
      return YearMonth.parse(raw == null ? "" : raw.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField("period", "INVALID_PERIOD");
    }
  }
}
