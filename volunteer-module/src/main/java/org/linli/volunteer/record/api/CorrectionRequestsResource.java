package org.linli.volunteer.record.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.record.application.CorrectionRequests;
import org.linli.volunteer.record.domain.CorrectionRequest;
import org.linli.volunteer.registration.application.VolunteerNames;

@Path("/v1/orgs/{org}/correction-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Service records")
public class CorrectionRequestsResource {
  @Inject CorrectionRequests requests;
  @Inject VolunteerNames volunteerNames;
  @Inject RequestValidator validator;

  public record NewRequest(@NotBlank String recordId, @NotBlank @Size(max = 1000) String message) {}

  public record CorrectRequest(
      @NotNull @Valid RecordDtos.FactsInput facts, @NotBlank @Size(max = 500) String reason) {}

  public record DeclineRequest(@NotBlank @Size(max = 1000) String resolution) {}

  public record RequestView(
      String id,
      String recordId,
      String volunteerId,
      @Schema(description = "The volunteer's name (as the staff volunteer view shows it)")
          String volunteerName,
      @Schema(description = "The volunteer's 志愿者编号") String volunteerNo,
      String message,
      String status,
      String resolution,
      String correctedById,
      Instant createdAt) {
    static RequestView of(CorrectionRequest r, Map<String, VolunteerNames.Label> names) {
      return new RequestView(
          r.id(),
          r.recordId(),
          r.volunteerId(),
          names.getOrDefault(r.volunteerId(), VolunteerNames.Label.UNKNOWN).name(),
          names.getOrDefault(r.volunteerId(), VolunteerNames.Label.UNKNOWN).volunteerNo(),
          r.message(),
          r.status(),
          r.resolution(),
          r.correctedById(),
          r.createdAt());
    }
  }

  @POST
  @OrgRoles(OrgRole.VOLUNTEER)
  @Operation(summary = "A volunteer asks for a correction of one of their own records (Art. 12)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  public Response request(@PathParam("org") String org, NewRequest body) {
    validator.valid(body);
    return Response.status(201)
        .entity(named(requests.request(body.recordId(), body.message())))
        .build();
  }

  @GET
  @Operation(
      summary = "Correction requests, oldest first; status OPEN (default), CORRECTED, DECLINED")
  public Page<RequestView> open(
      @PathParam("org") String org,
      @QueryParam("status") String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    RequestStatus wanted = QueryParams.enumValue(RequestStatus.class, "status", status);
    var page =
        requests.list(
            wanted == null ? null : wanted.name(),
            PageRequest.of("correction-requests", limit, cursor));
    var names = volunteerNames.of(page.items(), CorrectionRequest::volunteerId);
    return new Page<>(
        page.items().stream().map(r -> RequestView.of(r, names)).toList(), page.nextCursor());
  }

  /** The states a correction request passes through (stored as text). */
  public enum RequestStatus {
    OPEN,
    CORRECTED,
    DECLINED
  }

  @POST
  @Path("{requestId}/correct")
  @Operation(summary = "Correct the record as asked (a new pending record) and close the request")
  public RequestView correct(
      @PathParam("org") String org, @PathParam("requestId") String id, CorrectRequest body) {
    validator.valid(body);
    return named(requests.correct(id, body.facts().toFacts(), body.reason()));
  }

  @POST
  @Path("{requestId}/decline")
  @Operation(summary = "Decline the request with an explanation to the volunteer")
  public RequestView decline(
      @PathParam("org") String org, @PathParam("requestId") String id, DeclineRequest body) {
    validator.valid(body);
    return named(requests.decline(id, body.resolution()));
  }

  private RequestView named(CorrectionRequest request) {
    return RequestView.of(
        request, volunteerNames.of(List.of(request), CorrectionRequest::volunteerId));
  }
}
