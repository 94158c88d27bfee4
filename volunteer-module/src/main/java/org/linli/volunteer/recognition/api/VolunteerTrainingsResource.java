package org.linli.volunteer.recognition.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.linli.volunteer.recognition.api.TrainingAwardDtos.TrainingRequest;
import org.linli.volunteer.recognition.api.TrainingAwardDtos.TrainingView;
import org.linli.volunteer.recognition.application.TrainingRecords;

/**
 * A volunteer's training records. Its own root path, longer than VolunteersResource's, because
 * JAX-RS picks one root resource per request (the longest literal match) and never backtracks into
 * another.
 */
@Path("/v1/orgs/{org}/volunteers/{volunteerId}/trainings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Volunteers")
public class VolunteerTrainingsResource {
  @Inject TrainingRecords trainings;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(summary = "Record a training (Art. 8); with correctsId it replaces an earlier record")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = TrainingView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response add(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      TrainingRequest body) {
    validator.valid(body);
    var record = trainings.record(volunteerId, body.facts(), body.correction());
    return Response.status(Response.Status.CREATED).entity(TrainingView.of(record, false)).build();
  }

  @GET
  @Operation(summary = "A volunteer's training records, newest first, corrected ones flagged")
  public Page<TrainingView> list(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = trainings.of(volunteerId, PageRequest.of("trainings", limit, cursor));
    var superseded = trainings.superseded(page.items());
    return new Page<>(
        page.items().stream().map(t -> TrainingView.of(t, superseded.contains(t.id()))).toList(),
        page.nextCursor());
  }
}
