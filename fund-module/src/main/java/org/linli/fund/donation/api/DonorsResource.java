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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.donation.api.DonationDtos.DonorRequest;
import org.linli.fund.donation.api.DonationDtos.DonorView;
import org.linli.fund.donation.application.DonationCommands.RegisterDonor;
import org.linli.fund.donation.application.Donors;
import org.linli.fund.donation.domain.Donor;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

@Path("/v1/orgs/{org}/donations/donors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
@Tag(name = "Donations")
public class DonorsResource {
  @Inject Donors donors;
  @Inject RequestValidator validator;

  @POST
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary =
          "Register a donor: a person (ID number encrypted, answered masked), a company"
              + " (统一社会信用代码, checksum-validated, once per organization: 409"
              + " DONOR_ALREADY_REGISTERED) or anonymous")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = DonorView.class)))
  public Response register(@PathParam("org") String org, DonorRequest body) {
    validator.valid(body);
    Donor d =
        donors.register(
            new RegisterDonor(
                QueryParams.enumValue(Donor.Kind.class, "kind", body.kind()),
                body.name(),
                body.idType(),
                body.idNumber(),
                body.creditCode(),
                body.contact()));
    return Response.created(URI.create("v1/orgs/" + org + "/donations/donors/" + d.id()))
        .entity(DonorView.of(d))
        .build();
  }

  @GET
  @Operation(summary = "Donors, optionally of one kind, cursor-paginated")
  public Page<DonorView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(enumeration = {"INDIVIDUAL", "COMPANY", "ANONYMOUS"}))
          @QueryParam("kind")
          String kind,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        donors.list(
            QueryParams.enumValue(Donor.Kind.class, "kind", kind),
            PageRequest.of("donors", limit, cursor));
    return new Page<>(page.items().stream().map(DonorView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{donorId}")
  @Operation(summary = "One donor (the ID number masked)")
  public DonorView get(@PathParam("org") String org, @PathParam("donorId") String donorId) {
    return DonorView.of(donors.get(donorId));
  }
}
