package org.linli.volunteer.timebank.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.api.DonationDtos.DonationRequest;
import org.linli.volunteer.timebank.api.DonationDtos.DonationView;
import org.linli.volunteer.timebank.application.TimeDonations;

/** Donating hours to the organization's community pool. */
@Path("/v1/orgs/{org}/time-bank/donations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Time bank")
public class TimeDonationsResource {
  @Inject TimeDonations donations;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary = "Donate hours to the community pool",
      description =
          "A volunteer donates their own hours (volunteerId omitted or their own); staff record a"
              + " donation on a volunteer's behalf with volunteerId and a reason. from: CREDIT or"
              + " DONATE_ONLY (group-activity hours, which can only be donated). 422"
              + " INSUFFICIENT_BALANCE when the account holds less. Send an Idempotency-Key: a"
              + " retry with the same key and body returns the first response and donates once.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = DonationView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response donate(@PathParam("org") String org, DonationRequest body) {
    var donation = donations.donate(validator.valid(body).toCommand());
    return Response.status(Response.Status.CREATED).entity(DonationView.of(donation)).build();
  }
}
