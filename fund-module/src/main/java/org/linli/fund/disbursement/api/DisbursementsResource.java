package org.linli.fund.disbursement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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
import org.linli.fund.disbursement.api.DisbursementDtos.DisbursementPaymentRequest;
import org.linli.fund.disbursement.api.DisbursementDtos.DisbursementRejectRequest;
import org.linli.fund.disbursement.api.DisbursementDtos.DisbursementRequest;
import org.linli.fund.disbursement.api.DisbursementDtos.DisbursementSettingsRequest;
import org.linli.fund.disbursement.api.DisbursementDtos.DisbursementSettingsView;
import org.linli.fund.disbursement.api.DisbursementDtos.DisbursementView;
import org.linli.fund.disbursement.application.DisbursementRules;
import org.linli.fund.disbursement.application.Disbursements;
import org.linli.fund.disbursement.application.Disbursements.PayDisbursement;
import org.linli.fund.disbursement.domain.Disbursement;
import org.linli.fund.disbursement.domain.DisbursementSettings;
import org.linli.fund.disbursement.domain.DisbursementStatus;
import org.linli.fund.disbursement.domain.Lane;
import org.linli.kernel.api.Etags;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * Disbursement requests against a fund: staff request, finance or an org admin approve (one or two
 * distinct approvers by amount, never the requester), reject with a reason, and pay (posted 510102
 * / 1002 and charged to the fund).
 */
@Path("/v1/orgs/{org}/disbursements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursements")
public class DisbursementsResource {
  @Inject Disbursements disbursements;
  @Inject DisbursementRules rules;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.STAFF})
  @Operation(
      summary = "Request a disbursement from a fund",
      description =
          "The approvals needed follow the organization's threshold. 422 FUND_NOT_FOUND,"
              + " FUND_NOT_ACTIVE, FUND_BALANCE_INSUFFICIENT (more than the fund holds now); 400"
              + " INVALID_AMOUNT, INVALID_ID_NUMBER, INVALID_CREDIT_CODE.")
  @APIResponse(
      responseCode = "201",
      description = "Requested",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = DisbursementView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response request(@PathParam("org") String org, DisbursementRequest body) {
    DisbursementView view =
        DisbursementView.of(disbursements.request(validator.valid(body).toCommand()));
    return Response.created(URI.create("v1/orgs/" + org + "/disbursements/" + view.id()))
        .entity(view)
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
  @Operation(summary = "Disbursements, newest first; filter by status and lane")
  public Page<DisbursementView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = DisbursementStatus.class)) @QueryParam("status")
          String status,
      @Parameter(schema = @Schema(implementation = Lane.class)) @QueryParam("lane") String lane,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Disbursement> page =
        disbursements.list(
            QueryParams.enumValue(DisbursementStatus.class, "status", status),
            QueryParams.enumValue(Lane.class, "lane", lane),
            PageRequest.of("disbursements", limit, cursor));
    return new Page<>(page.items().stream().map(DisbursementView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("settings")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
  @Operation(summary = "Approval threshold and fast-lane set-up, with their version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The settings in force (version 0: the defaults)",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = DisbursementSettingsView.class)))
  public Response settings(@PathParam("org") String org) {
    return settingsView(rules.current());
  }

  @PUT
  @Path("settings")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Replace the approval threshold and fast-lane set-up; requires If-Match",
      description =
          "400 FAST_LANE_LIMITS_REQUIRED, FAST_LANE_CAP_OVER_YEARLY_LIMIT; 422 FUND_NOT_FOUND.")
  @APIResponse(
      responseCode = "200",
      description = "The settings now in force",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = DisbursementSettingsView.class)))
  public Response replaceSettings(
      @PathParam("org") String org,
      @HeaderParam("If-Match") String ifMatch,
      DisbursementSettingsRequest body) {
    long expected = Etags.requireVersion(ifMatch);
    return settingsView(rules.replace(validator.valid(body).toCommand(expected)));
  }

  @GET
  @Path("{disbursementId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
  @Operation(summary = "One disbursement with its approvals, payment and backfill")
  public DisbursementView get(
      @PathParam("org") String org, @PathParam("disbursementId") String id) {
    return DisbursementView.of(disbursements.get(DisbursementDtos.id(id)));
  }

  @POST
  @Path("{disbursementId}/approve")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Approve a pending request (one approval per person; never the requester)",
      description =
          "422 DISBURSEMENT_SELF_APPROVAL; 409 DISBURSEMENT_ALREADY_APPROVED_BY_YOU,"
              + " DISBURSEMENT_NOT_PENDING_APPROVAL.")
  @APIResponse(
      responseCode = "200",
      description = "The request with the approval recorded (APPROVED once enough approved)",
      content = @Content(schema = @Schema(implementation = DisbursementView.class)))
  public DisbursementView approve(
      @PathParam("org") String org, @PathParam("disbursementId") String id) {
    return DisbursementView.of(disbursements.approve(DisbursementDtos.id(id)));
  }

  @POST
  @Path("{disbursementId}/reject")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Reject a request that is not paid, keeping the reason",
      description = "409 DISBURSEMENT_NOT_OPEN; 422 DISBURSEMENT_SELF_APPROVAL.")
  @APIResponse(
      responseCode = "200",
      description = "The rejected request",
      content = @Content(schema = @Schema(implementation = DisbursementView.class)))
  public DisbursementView reject(
      @PathParam("org") String org,
      @PathParam("disbursementId") String id,
      DisbursementRejectRequest body) {
    DisbursementRejectRequest valid = validator.valid(body);
    return DisbursementView.of(
        disbursements.reject(DisbursementDtos.id(id), valid.reason().strip()));
  }

  @POST
  @Path("{disbursementId}/payment")
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Record the payment of an approved request and post it",
      description =
          "Posts Dr 510102 业务活动成本-限定性 (charged to the fund) / Cr 1002 银行存款. 409"
              + " DISBURSEMENT_NOT_APPROVED; 422 FUND_BALANCE_INSUFFICIENT, PERIOD_CLOSED; 400"
              + " PAYMENT_DATE_IN_FUTURE.")
  @APIResponse(
      responseCode = "200",
      description = "The paid disbursement with its voucher",
      content = @Content(schema = @Schema(implementation = DisbursementView.class)))
  @Parameter(ref = "IdempotencyKey")
  public DisbursementView pay(
      @PathParam("org") String org,
      @PathParam("disbursementId") String id,
      DisbursementPaymentRequest body) {
    DisbursementPaymentRequest valid = validator.valid(body);
    return DisbursementView.of(
        disbursements.pay(
            new PayDisbursement(
                DisbursementDtos.id(id), valid.bankReference().strip(), valid.paidOn())));
  }

  private static Response settingsView(DisbursementSettings s) {
    return Response.ok(DisbursementSettingsView.of(s))
        .tag(new EntityTag(Long.toString(s.version())))
        .build();
  }
}
