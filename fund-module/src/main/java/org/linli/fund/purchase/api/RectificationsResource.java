package org.linli.fund.purchase.api;

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
import org.linli.fund.purchase.api.SamplingDtos.RectificationAnswerRequest;
import org.linli.fund.purchase.api.SamplingDtos.RectificationCloseRequest;
import org.linli.fund.purchase.api.SamplingDtos.RectificationRequest;
import org.linli.fund.purchase.api.SamplingDtos.RectificationView;
import org.linli.fund.purchase.application.Rectifications;
import org.linli.fund.purchase.domain.Rectification;
import org.linli.fund.purchase.domain.RectificationStatus;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/** 整改通知 of a contract, on either side's copy: the buyer issues and closes, the provider answers. */
@Path("/v1/orgs/{org}/contracts/{contractId}/rectifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service purchase")
public class RectificationsResource {
  @Inject Rectifications rectifications;
  @Inject RequestValidator validator;

  @POST
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
  @Operation(
      summary = "Issue a rectification request on a sampled order found 不合格 or 整改 (buyer)",
      description =
          "Copied to the provider's side. Audited. 400 REQUEST_REQUIRED, REQUEST_TOO_LONG,"
              + " INVALID_DEADLINE (today..366 days ahead); 404 CONTRACT_NOT_FOUND,"
              + " SAMPLE_NOT_FOUND, SAMPLED_ORDER_NOT_FOUND; 403 SAMPLING_BUYER_ONLY; 409"
              + " CHECK_NOT_FAILED, RECTIFICATION_PENDING, SAMPLE_DISCARDED.")
  @APIResponse(
      responseCode = "201",
      description = "Issued",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = RectificationView.class)))
  public Response issue(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      RectificationRequest body) {
    RectificationRequest b = validator.valid(body);
    Rectification r =
        rectifications.issue(
            new Rectifications.Issue(
                contractId, b.sampleId(), b.orderId(), b.request(), b.deadline()));
    return Response.created(
            URI.create("v1/orgs/" + org + "/contracts/" + contractId + "/rectifications/" + r.id()))
        .entity(RectificationView.of(r))
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "The contract's rectification requests, newest first (either side's copy)",
      description =
          "late=true: open past the deadline or answered after it. 400 INVALID_STATUS,"
              + " INVALID_LATE; 404 CONTRACT_NOT_FOUND; 403 SAMPLING_BUYER_ROLE,"
              + " SAMPLING_PROVIDER_ROLE.")
  public Page<RectificationView> list(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @Parameter(schema = @Schema(implementation = RectificationStatus.class)) @QueryParam("status")
          String status,
      @Parameter(schema = @Schema(enumeration = {"true", "false"})) @QueryParam("late") String late,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PageRequest page = PageRequest.of("rectifications", limit, cursor);
    Boolean lateOnly = null;
    if (late != null && !late.isBlank()) {
      if (!late.equals("true") && !late.equals("false")) {
        throw DomainException.invalidField("late", "INVALID_LATE");
      }
      lateOnly = Boolean.valueOf(late);
    }
    Page<Rectification> p =
        rectifications.list(
            contractId,
            QueryParams.enumValue(RectificationStatus.class, "status", status),
            lateOnly,
            page);
    return new Page<>(p.items().stream().map(RectificationView::of).toList(), p.nextCursor());
  }

  @GET
  @Path("{rectificationId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "A rectification request with its answer and outcome (either side's copy)",
      description = "404 CONTRACT_NOT_FOUND, RECTIFICATION_NOT_FOUND.")
  public RectificationView get(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @PathParam("rectificationId") String id) {
    return RectificationView.of(rectifications.get(contractId, id));
  }

  @POST
  @Path("{rectificationId}/answer")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Answer a rectification request (provider), with an optional evidence photo hash",
      description =
          "Copied to the buyer's side. Audited. 400 ANSWER_REQUIRED, ANSWER_TOO_LONG,"
              + " INVALID_SHA256; 404 CONTRACT_NOT_FOUND, RECTIFICATION_NOT_FOUND; 403"
              + " RECTIFICATION_PROVIDER_ONLY; 409 RECTIFICATION_NOT_OPEN.")
  public RectificationView answer(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @PathParam("rectificationId") String id,
      RectificationAnswerRequest body) {
    RectificationAnswerRequest b = validator.valid(body);
    return RectificationView.of(
        rectifications.answer(
            new Rectifications.Answer(contractId, id, b.text(), b.evidenceSha256())));
  }

  @POST
  @Path("{rectificationId}/close")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
  @Operation(
      summary = "Close a rectification as PASSED or FAILED (buyer): the order's new check result",
      description =
          "An unanswered request can only fail, after its deadline. Audited. 400"
              + " INVALID_RECTIFICATION_OUTCOME, TEXT_TOO_LONG; 404 CONTRACT_NOT_FOUND,"
              + " RECTIFICATION_NOT_FOUND; 403 SAMPLING_BUYER_ONLY; 409 RECTIFICATION_CLOSED,"
              + " RECTIFICATION_NOT_ANSWERED.")
  public RectificationView close(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @PathParam("rectificationId") String id,
      RectificationCloseRequest body) {
    RectificationCloseRequest b = validator.valid(body);
    RectificationStatus outcome =
        QueryParams.enumValue(RectificationStatus.class, "outcome", b.outcome());
    if (outcome != null && !outcome.closed()) {
      throw DomainException.invalidField("outcome", "INVALID_RECTIFICATION_OUTCOME");
    }
    return RectificationView.of(
        rectifications.close(new Rectifications.Close(contractId, id, outcome, b.note())));
  }
}
