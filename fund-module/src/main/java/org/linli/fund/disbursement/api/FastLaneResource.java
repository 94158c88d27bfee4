package org.linli.fund.disbursement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.disbursement.api.DisbursementDtos.BackfillDecisionRequest;
import org.linli.fund.disbursement.api.DisbursementDtos.BackfillEscalationView;
import org.linli.fund.disbursement.api.DisbursementDtos.DisbursementRecoveryView;
import org.linli.fund.disbursement.api.DisbursementDtos.DisbursementView;
import org.linli.fund.disbursement.api.DisbursementDtos.FastLaneReportView;
import org.linli.fund.disbursement.api.DisbursementDtos.FastPaymentRequest;
import org.linli.fund.disbursement.application.FastLane;
import org.linli.fund.disbursement.application.FastLane.BackfillDecision;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.kernel.time.ChinaTime;

/**
 * The emergency fast lane (先行救助): a caseworker (staff) pays at once from the pre-authorized fund;
 * finance or an org admin completes the backfill approval within the working-day deadline.
 */
@Path("/v1/orgs/{org}/disbursements/fast-lane")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursements")
public class FastLaneResource {
  @Inject FastLane fastLane;
  @Inject RequestValidator validator;

  @POST
  @Path("payments")
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.STAFF})
  @Operation(
      summary = "Pay an emergency case at once (posted immediately; backfill approval due later)",
      description =
          "409 FAST_LANE_NOT_SET_UP; 422 FAST_LANE_CASE_CAP_EXCEEDED,"
              + " FAST_LANE_YEARLY_LIMIT_EXCEEDED, FUND_BALANCE_INSUFFICIENT; 400"
              + " FAST_LANE_PERSON_ONLY, FAST_LANE_REQUESTED_IN_FUTURE, INVALID_AMOUNT.")
  @APIResponse(
      responseCode = "201",
      description = "Paid; the case with its backfill deadline",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = DisbursementView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response pay(@PathParam("org") String org, FastPaymentRequest body) {
    DisbursementView view = DisbursementView.of(fastLane.pay(validator.valid(body).toCommand()));
    return Response.created(URI.create("v1/orgs/" + org + "/disbursements/" + view.id()))
        .entity(view)
        .build();
  }

  @POST
  @Path("cases/{disbursementId}/backfill")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Complete a fast-lane case's backfill approval: approve, or reject with a reason",
      description =
          "A rejection opens a recovery item. 409 BACKFILL_ALREADY_DONE,"
              + " DISBURSEMENT_NOT_FAST_LANE; 422 DISBURSEMENT_SELF_APPROVAL; 400"
              + " BACKFILL_REASON_REQUIRED.")
  @APIResponse(
      responseCode = "200",
      description = "The case with its backfill decided",
      content = @Content(schema = @Schema(implementation = DisbursementView.class)))
  public DisbursementView backfill(
      @PathParam("org") String org,
      @PathParam("disbursementId") String id,
      BackfillDecisionRequest body) {
    BackfillDecisionRequest valid = validator.valid(body);
    String reason = valid.reason() == null ? null : valid.reason().strip();
    if (!valid.approved() && (reason == null || reason.isEmpty())) {
      throw DomainException.invalidField("reason", "BACKFILL_REASON_REQUIRED");
    }
    return DisbursementView.of(
        fastLane.decideBackfill(
            new BackfillDecision(DisbursementDtos.id(id), valid.approved(), reason)));
  }

  @GET
  @Path("overdue-backfills")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(summary = "Fast-lane cases whose backfill is past its deadline, oldest due first")
  public Page<DisbursementView> overdue(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = fastLane.overdue(PageRequest.of("overdue-backfills", limit, cursor));
    return new Page<>(page.items().stream().map(DisbursementView::of).toList(), page.nextCursor());
  }

  @POST
  @Path("escalations")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Flag overdue backfills in the audit log now (the daily job does the same)",
      description = "Safe to repeat: a backfill already flagged is not flagged again.")
  @APIResponse(
      responseCode = "200",
      description = "How many were newly flagged",
      content = @Content(schema = @Schema(implementation = BackfillEscalationView.class)))
  public BackfillEscalationView escalate(@PathParam("org") String org) {
    return new BackfillEscalationView(fastLane.escalate(ChinaTime.today()));
  }

  @GET
  @Path("recoveries")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
  @Operation(summary = "Recovery items opened by rejected backfills, newest first")
  public Page<DisbursementRecoveryView> recoveries(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = fastLane.recoveries(PageRequest.of("recoveries", limit, cursor));
    return new Page<>(
        page.items().stream().map(DisbursementRecoveryView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("report")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
  @Operation(
      summary =
          "The year's fast-lane figures: share paid within 24 hours, share backfilled in time")
  public FastLaneReportView report(
      @PathParam("org") String org,
      @Parameter(
              description = "Calendar year (default this year)",
              schema = @Schema(minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year) {
    Integer y = QueryParams.intValue("year", year);
    int chosen = y == null ? ChinaTime.today().getYear() : y;
    if (chosen < 2000 || chosen > 2100) {
      throw DomainException.invalidField("year", "INVALID_YEAR");
    }
    return FastLaneReportView.of(fastLane.report(chosen));
  }
}
