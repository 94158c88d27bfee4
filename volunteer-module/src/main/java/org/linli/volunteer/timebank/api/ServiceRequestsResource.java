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
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.timebank.api.WithdrawalDtos.AssignRequest;
import org.linli.volunteer.timebank.api.WithdrawalDtos.ConfirmRequest;
import org.linli.volunteer.timebank.api.WithdrawalDtos.ServiceRequestInput;
import org.linli.volunteer.timebank.api.WithdrawalDtos.ServiceRequestView;
import org.linli.volunteer.timebank.application.ServiceRequests;
import org.linli.volunteer.timebank.application.WithdrawalCommands.AssignProvider;
import org.linli.volunteer.timebank.application.WithdrawalCommands.ConfirmDelivery;
import org.linli.volunteer.timebank.domain.ServiceRequestStatus;

/**
 * Withdrawals: a volunteer or a family beneficiary pays for a service with held hours, which go to
 * the volunteer who delivered it once staff confirm. A volunteer sees and acts on only the requests
 * they made or were assigned to.
 */
@Path("/v1/orgs/{org}/time-bank/service-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
@Tag(name = "Time bank")
public class ServiceRequestsResource {
  @Inject ServiceRequests requests;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(
      summary = "Request a service paid with stored hours; the hours are held at once",
      description =
          "requester: {volunteerId} (a volunteer for themselves, or staff) or {beneficiaryId}"
              + " (staff). The person served must have reached the redemption age of the rules in"
              + " force (422 REQUESTER_TOO_YOUNG); 422 INSUFFICIENT_BALANCE when they hold fewer"
              + " hours.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = ServiceRequestView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response request(@PathParam("org") String org, ServiceRequestInput body) {
    var request = requests.request(validator.valid(body).toCommand());
    return Response.created(
            URI.create("v1/orgs/" + org + "/time-bank/service-requests/" + request.id()))
        .entity(ServiceRequestView.of(request))
        .build();
  }

  @GET
  @Operation(summary = "Service requests, optionally by status, cursor-paginated")
  public Page<ServiceRequestView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = ServiceRequestStatus.class))
          @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        requests.list(
            QueryParams.enumValue(ServiceRequestStatus.class, "status", status),
            PageRequest.of("service-requests", limit, cursor));
    return new Page<>(
        page.items().stream().map(ServiceRequestView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{serviceRequestId}")
  @Operation(summary = "One service request")
  public ServiceRequestView get(
      @PathParam("org") String org, @PathParam("serviceRequestId") String id) {
    return ServiceRequestView.of(requests.get(id));
  }

  @POST
  @Path("{serviceRequestId}/assign")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Assign (or change) the volunteer who will deliver the service",
      description = "The provider must be an active volunteer and not the requester.")
  public ServiceRequestView assign(
      @PathParam("org") String org, @PathParam("serviceRequestId") String id, AssignRequest body) {
    validator.valid(body);
    return ServiceRequestView.of(
        requests.assign(new AssignProvider(id, body.providerVolunteerId())));
  }

  @POST
  @Path("{serviceRequestId}/confirm")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Confirm the delivery: the delivered hours go to the provider, the rest back",
      description =
          "hoursDelivered at most the held hours. The provider's share follows the storage cap in"
              + " force (overflow to the pool). A closed request: 409 SERVICE_REQUEST_CLOSED.")
  public ServiceRequestView confirm(
      @PathParam("org") String org, @PathParam("serviceRequestId") String id, ConfirmRequest body) {
    validator.valid(body);
    return ServiceRequestView.of(
        requests.confirm(
            new ConfirmDelivery(
                id, WithdrawalDtos.minutes("hoursDelivered", body.hoursDelivered()))));
  }

  @POST
  @Path("{serviceRequestId}/cancel")
  @Operation(
      summary = "Cancel an open or assigned request; the held hours go back",
      description = "Staff, or the volunteer who asked. A closed request: 409.")
  public ServiceRequestView cancel(
      @PathParam("org") String org, @PathParam("serviceRequestId") String id) {
    return ServiceRequestView.of(requests.cancel(id));
  }
}
