package org.linli.volunteer.timebank.api;

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
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.api.WithdrawalDtos.BeneficiaryRequest;
import org.linli.volunteer.timebank.api.WithdrawalDtos.BeneficiaryView;
import org.linli.volunteer.timebank.application.Beneficiaries;

/** A volunteer's family members who may receive their hours and request services with them. */
@Path("/v1/orgs/{org}/time-bank/beneficiaries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
@Tag(name = "Time bank")
public class BeneficiariesResource {
  @Inject Beneficiaries beneficiaries;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Register a volunteer's spouse or lineal relative (直系亲属) as a beneficiary",
      description =
          "relation: SPOUSE, PARENT, CHILD, GRANDPARENT or GRANDCHILD (others: 422"
              + " RELATION_NOT_ELIGIBLE); evidence says how staff verified the relation. The"
              + " person is found or registered by ID number; numbers are returned masked."
              + " The same relative twice for one volunteer: 409.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response register(@PathParam("org") String org, BeneficiaryRequest body) {
    var registered = beneficiaries.register(validator.valid(body).toCommand());
    return Response.created(
            URI.create(
                "v1/orgs/" + org + "/time-bank/beneficiaries/" + registered.beneficiary().id()))
        .entity(BeneficiaryView.of(registered))
        .build();
  }

  @GET
  @Operation(
      summary = "Beneficiaries with their time balances, optionally of one volunteer",
      description = "Staff see all; a volunteer only their own family.")
  public Page<BeneficiaryView> list(
      @PathParam("org") String org,
      @QueryParam("volunteerId") String volunteerId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        beneficiaries.list(
            volunteerId == null || volunteerId.isBlank() ? null : volunteerId,
            PageRequest.of("beneficiaries", limit, cursor));
    return new Page<>(page.items().stream().map(BeneficiaryView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{beneficiaryId}")
  @Operation(summary = "One beneficiary and their time balance")
  public BeneficiaryView get(
      @PathParam("org") String org, @PathParam("beneficiaryId") String beneficiaryId) {
    return BeneficiaryView.of(beneficiaries.get(beneficiaryId));
  }
}
