package org.linli.fund.purchase.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.purchase.api.SamplingDtos.CheckRequest;
import org.linli.fund.purchase.api.SamplingDtos.DiscardRequest;
import org.linli.fund.purchase.api.SamplingDtos.DrawRequest;
import org.linli.fund.purchase.api.SamplingDtos.SampleRateRequest;
import org.linli.fund.purchase.api.SamplingDtos.SampleRateView;
import org.linli.fund.purchase.api.SamplingDtos.SampleVerificationView;
import org.linli.fund.purchase.api.SamplingDtos.SampleView;
import org.linli.fund.purchase.api.SamplingDtos.SampledOrderView;
import org.linli.fund.purchase.application.Sampling;
import org.linli.fund.purchase.domain.CheckResult;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * Monthly acceptance samples of a contract (抽检), on the buyer's copy: the rate, the draw, its
 * verification and the check result per sampled order. The provider's copy holds no samples (its
 * lists are empty); it learns of findings through rectifications.
 */
@Path("/v1/orgs/{org}/contracts/{contractId}/samples")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service purchase")
public class SamplesResource {
  @Inject Sampling sampling;
  @Inject RequestValidator validator;

  @GET
  @Path("settings")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
  @Operation(
      summary = "The contract's sampling rate (buyer)",
      description =
          "404 CONTRACT_NOT_FOUND; 403 SAMPLING_BUYER_ONLY (the provider's copy),"
              + " SAMPLING_BUYER_ROLE.")
  public SampleRateView rate(
      @PathParam("org") String org, @PathParam("contractId") String contractId) {
    return SampleRateView.of(sampling.rate(contractId));
  }

  @PUT
  @Path("settings")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Set the contract's sampling rate (buyer's org admin), at least the minimum",
      description =
          "Audited. 400 INVALID_SAMPLE_RATE; 404 CONTRACT_NOT_FOUND; 403 SAMPLING_BUYER_ONLY; 409"
              + " CONTRACT_NOT_ACTIVE.")
  public SampleRateView setRate(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      SampleRateRequest body) {
    return SampleRateView.of(sampling.setRate(contractId, validator.valid(body).ratePercent()));
  }

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
  @Operation(
      summary = "Draw the month's sample of completed orders at the contract's rate (buyer)",
      description =
          "A random 64-bit seed is drawn and kept; see GET .../verification. One active draw per"
              + " contract and month: 409 SAMPLE_EXISTS (discard the first with a reason to draw"
              + " again). 400 MONTH_REQUIRED, INVALID_MONTH; 404 CONTRACT_NOT_FOUND; 403"
              + " SAMPLING_BUYER_ONLY; 409 CONTRACT_NOT_ACTIVE; 422 MONTH_NOT_STARTED,"
              + " MONTH_OUTSIDE_TERM, NOTHING_TO_SAMPLE.")
  @APIResponse(
      responseCode = "201",
      description = "Drawn",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = SampleView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response draw(
      @PathParam("org") String org, @PathParam("contractId") String contractId, DrawRequest body) {
    YearMonth month = month("month", validator.valid(body).month());
    SampleView s = SampleView.of(sampling.draw(contractId, month));
    return Response.created(
            URI.create("v1/orgs/" + org + "/contracts/" + contractId + "/samples/" + s.id()))
        .entity(s)
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "The contract's samples, newest month first (empty on the provider's copy)",
      description = "400 INVALID_MONTH; 404 CONTRACT_NOT_FOUND; 403 SAMPLING_BUYER_ROLE.")
  public Page<SampleView> list(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @Parameter(description = "yyyy-MM") @QueryParam("month") String month,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PageRequest page = PageRequest.of("samples", limit, cursor);
    Page<org.linli.fund.purchase.domain.Sample> p =
        sampling.list(contractId, month == null ? null : month("month", month), page);
    return new Page<>(p.items().stream().map(SampleView::of).toList(), p.nextCursor());
  }

  @GET
  @Path("{sampleId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
  @Operation(
      summary = "A sample: rate, seed, sizes and the population's digest (buyer)",
      description = "404 CONTRACT_NOT_FOUND, SAMPLE_NOT_FOUND.")
  public SampleView get(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @PathParam("sampleId") String sampleId) {
    return SampleView.of(sampling.get(contractId, sampleId));
  }

  @GET
  @Path("{sampleId}/verification")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
  @Operation(
      summary = "Recompute the draw from the stored seed and population and compare (buyer)",
      description = "404 CONTRACT_NOT_FOUND, SAMPLE_NOT_FOUND.")
  public SampleVerificationView verify(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @PathParam("sampleId") String sampleId) {
    return SampleVerificationView.of(sampling.verify(contractId, sampleId));
  }

  @POST
  @Path("{sampleId}/discard")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Discard a draw with a reason, so the month can be drawn again (buyer's org admin)",
      description =
          "Audited. A draw with a check result is kept. 400 REASON_REQUIRED, REASON_TOO_LONG;"
              + " 404 CONTRACT_NOT_FOUND, SAMPLE_NOT_FOUND; 403 SAMPLING_BUYER_ONLY; 409"
              + " SAMPLE_DISCARDED, SAMPLE_ALREADY_CHECKED.")
  public SampleView discard(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @PathParam("sampleId") String sampleId,
      DiscardRequest body) {
    String reason = body == null ? null : validator.valid(body).reason();
    return SampleView.of(sampling.discard(contractId, sampleId, reason));
  }

  @POST
  @Path("{sampleId}/orders/{orderId}/checks")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
  @Operation(
      summary = "Record the check result of a sampled order: 合格, 不合格 or 整改 (buyer)",
      description =
          "Recorded once; a change is a new entry with a reason, the history is kept. Audited."
              + " 400 CHECK_RESULT_REQUIRED, REASON_REQUIRED (a change), TEXT_TOO_LONG; 404"
              + " CONTRACT_NOT_FOUND, SAMPLE_NOT_FOUND, SAMPLED_ORDER_NOT_FOUND; 403"
              + " SAMPLING_BUYER_ONLY; 409 SAMPLE_DISCARDED, CHECK_UNCHANGED,"
              + " RECTIFICATION_PENDING.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = SampledOrderView.class)))
  public Response check(
      @PathParam("org") String org,
      @PathParam("contractId") String contractId,
      @PathParam("sampleId") String sampleId,
      @PathParam("orderId") String orderId,
      CheckRequest body) {
    CheckRequest b = validator.valid(body);
    SampledOrderView o =
        SampledOrderView.of(
            sampling.check(
                new Sampling.RecordCheck(
                    contractId,
                    sampleId,
                    orderId,
                    QueryParams.enumValue(CheckResult.class, "result", b.result()),
                    b.note(),
                    b.reason())));
    return Response.created(
            URI.create(
                "v1/orgs/"
                    + org
                    + "/contracts/"
                    + contractId
                    + "/sampled-orders?sample="
                    + sampleId))
        .entity(o)
        .build();
  }

  static YearMonth month(String field, String raw) {
    try {
      return YearMonth.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField(field, "INVALID_MONTH");
    }
  }
}
