package org.linli.fund.donation.api;

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
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.donation.api.DonationDtos.DonationRecordRequest;
import org.linli.fund.donation.api.DonationDtos.DonationRecordView;
import org.linli.fund.donation.api.DonationDtos.PaymentRequest;
import org.linli.fund.donation.application.DonationCommands.GiftFacts;
import org.linli.fund.donation.application.DonationCommands.PayPledge;
import org.linli.fund.donation.application.DonationCommands.RecordCash;
import org.linli.fund.donation.application.DonationCommands.RecordInKind;
import org.linli.fund.donation.application.DonationCommands.RecordPledge;
import org.linli.fund.donation.application.Donations;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.DonationRepository;
import org.linli.fund.receipt.infrastructure.ReceiptLinks;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

@Path("/v1/orgs/{org}/donations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
@Tag(name = "Donations")
public class DonationsResource {
  @Inject Donations donations;
  @Inject ReceiptLinks links;
  @Inject RequestValidator validator;

  @POST
  @Idempotent(required = true)
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary =
          "Record a gift: CASH (channel and reference) or IN_KIND (valued per 财会〔2020〕9号)"
              + " posts its voucher at once (Dr 1001/1002/1009 or 1201, Cr 410101, or 410102 with the"
              + " fund); a PLEDGE (认捐) posts nothing until paid",
      description =
          "400 INVALID_AMOUNT (more than 2 decimals, zero, negative); 404 DONOR_NOT_FOUND; 422"
              + " FUND_NOT_FOUND, PERIOD_CLOSED (from the books). Nothing is written when refused.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded (and posted, unless a pledge)",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = DonationRecordView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response record(@PathParam("org") String org, DonationRecordRequest body) {
    validator.valid(body);
    Donation.Kind kind = QueryParams.enumValue(Donation.Kind.class, "kind", body.kind());
    Donation d =
        switch (kind) {
          case CASH ->
              donations.recordCash(
                  new RecordCash(
                      gift(body, DonationDtos.positiveFen("amount", body.amount())),
                      channel(body.channel()),
                      body.reference()));
          case IN_KIND -> donations.recordInKind(inKind(body));
          case PLEDGE ->
              donations.recordPledge(
                  new RecordPledge(
                      gift(body, DonationDtos.positiveFen("amount", body.amount())),
                      required("dueOn", body.dueOn())));
        };
    return created(org, d);
  }

  @GET
  @Operation(summary = "Donations, newest first, filtered by kind, status, donor, fund and dates")
  public Page<DonationRecordView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(enumeration = {"CASH", "IN_KIND", "PLEDGE"})) @QueryParam("kind")
          String kind,
      @Parameter(schema = @Schema(enumeration = {"RECEIVED", "PLEDGED", "FULFILLED"}))
          @QueryParam("status")
          String status,
      @QueryParam("donorId") String donorId,
      @QueryParam("fundId") String fundId,
      @Parameter(schema = @Schema(format = "date")) @QueryParam("from") String from,
      @Parameter(schema = @Schema(format = "date")) @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var dates = QueryParams.dateRange(from, to);
    var filter =
        new DonationRepository.Filter(
            QueryParams.enumValue(Donation.Kind.class, "kind", kind),
            QueryParams.enumValue(Donation.Status.class, "status", status),
            QueryParams.text(donorId),
            QueryParams.text(fundId),
            dates.from(),
            dates.to());
    var page = donations.list(filter, PageRequest.of("donations", limit, cursor));
    Map<String, String> names = new HashMap<>();
    return new Page<>(
        page.items().stream()
            .map(
                d ->
                    view(
                        org,
                        d,
                        names.computeIfAbsent(d.donorId(), x -> donations.donorOf(d).name())))
            .toList(),
        page.nextCursor());
  }

  @GET
  @Path("{donationId}")
  @Operation(summary = "One donation, with the donor's fund-use link")
  public DonationRecordView get(@PathParam("org") String org, @PathParam("donationId") String id) {
    Donation d = donations.get(id);
    return view(org, d, donations.donorOf(d).name());
  }

  @POST
  @Path("{donationId}/payments")
  @Idempotent(required = true)
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary =
          "Money received against a pledge: recorded as a cash donation of its own (posted,"
              + " for the pledge's fund); 422 NOT_A_PLEDGE, PLEDGE_OVERPAID; 409 PLEDGE_FULFILLED")
  @APIResponse(
      responseCode = "201",
      description = "The cash donation that the payment is",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = DonationRecordView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response pay(
      @PathParam("org") String org, @PathParam("donationId") String id, PaymentRequest body) {
    validator.valid(body);
    Donation d =
        donations.payPledge(
            new PayPledge(
                id,
                DonationDtos.positiveFen("amount", body.amount()),
                body.date(),
                channel(body.channel()),
                body.reference()));
    return created(org, d);
  }

  private Response created(String org, Donation d) {
    return Response.created(URI.create("v1/orgs/" + org + "/donations/" + d.id()))
        .entity(view(org, d, donations.donorOf(d).name()))
        .build();
  }

  private DonationRecordView view(String org, Donation d, String donorName) {
    return DonationRecordView.of(d, donorName, links.fundUse(org, d.publicToken()));
  }

  private static GiftFacts gift(DonationRecordRequest b, long fen) {
    return new GiftFacts(
        b.donorId(),
        fen,
        b.date(),
        QueryParams.text(b.fundId()),
        b.purpose(),
        Boolean.TRUE.equals(b.benefitInReturn()),
        b.remark());
  }

  private static RecordInKind inKind(DonationRecordRequest b) {
    var g = required("goods", b.goods());
    if (b.amount() != null) {
      throw DomainException.invalidField("amount", "AMOUNT_FROM_GOODS");
    }
    return new RecordInKind(
        gift(b, 1),
        g.name(),
        g.unit(),
        DonationDtos.quantity(g.quantity()),
        DonationDtos.positiveFen("goods.unitValue", g.unitValue()),
        QueryParams.enumValue(
            Donation.ValuationBasis.class, "goods.valuationBasis", g.valuationBasis()),
        g.valuationEvidence());
  }

  private static Donation.Channel channel(String raw) {
    return required("channel", QueryParams.enumValue(Donation.Channel.class, "channel", raw));
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw DomainException.invalidField(field, "FIELD_REQUIRED").with(field);
    }
    return value;
  }
}
