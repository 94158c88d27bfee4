package org.linli.fund.receipt.api;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.receipt.api.ReceiptDtos.SeriesRequest;
import org.linli.fund.receipt.api.ReceiptDtos.SeriesView;
import org.linli.fund.receipt.application.ReceiptCommands.RegisterSeries;
import org.linli.fund.receipt.application.Receipts;
import org.linli.fund.receipt.domain.ReceiptSeries;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

@Path("/v1/orgs/{org}/receipts/series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
@Tag(name = "Receipts")
public class ReceiptSeriesResource {
  @Inject Receipts receipts;
  @Inject RequestValidator validator;

  @POST
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary =
          "Register a stock of receipt numbers (票据代码 and a 票据号码 range); 409"
              + " RECEIPT_SERIES_OVERLAP when it overlaps one already registered")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = SeriesView.class)))
  public Response register(@PathParam("org") String org, SeriesRequest body) {
    validator.valid(body);
    ReceiptSeries s =
        receipts.register(new RegisterSeries(body.receiptCode(), body.firstNo(), body.lastNo()));
    return Response.created(URI.create("v1/orgs/" + org + "/receipts/series"))
        .entity(SeriesView.of(s))
        .build();
  }

  @GET
  @Operation(summary = "The registered series in order, with the next number and what is left")
  public Page<SeriesView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        PageRequest.of("receipt-series", limit, cursor).slice(receipts.series(), ReceiptSeries::id);
    return new Page<>(page.items().stream().map(SeriesView::of).toList(), page.nextCursor());
  }
}
