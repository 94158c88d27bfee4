package org.linli.volunteer.record.api;

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
import java.util.List;
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
import org.linli.volunteer.record.api.RecordDtos.CorrectionRequest;
import org.linli.volunteer.record.api.RecordDtos.EntryRequest;
import org.linli.volunteer.record.api.RecordDtos.OverdueRecordView;
import org.linli.volunteer.record.api.RecordDtos.RecordView;
import org.linli.volunteer.record.api.RecordDtos.ReviewRequest;
import org.linli.volunteer.record.application.ServiceRecords;
import org.linli.volunteer.record.domain.RecordStatus;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.record.domain.ServiceRecordRepository;
import org.linli.volunteer.registration.application.VolunteerNames;

@Path("/v1/orgs/{org}/service-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Service records")
public class ServiceRecordsResource {
  @Inject ServiceRecords records;
  @Inject VolunteerNames volunteerNames;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(summary = "Enter a service record by hand (with a reason); it starts PENDING")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = RecordView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response enter(@PathParam("org") String org, EntryRequest body) {
    validator.valid(body);
    var record = records.enter(body.volunteerId(), body.facts().toFacts(), body.reason());
    return Response.created(URI.create("v1/orgs/" + org + "/service-records/" + record.id()))
        .entity(named(record))
        .build();
  }

  @GET
  @Operation(
      summary =
          "Service records by status, volunteer, activity and service date (from/to), cursor-paginated")
  public Page<RecordView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = RecordStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("volunteerId") String volunteerId,
      @QueryParam("activityId") String activityId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var period = QueryParams.dateRange(from, to);
    var page =
        records.list(
            new ServiceRecordRepository.Filter(
                QueryParams.enumValue(RecordStatus.class, "status", status),
                QueryParams.text(volunteerId),
                QueryParams.text(activityId),
                period.from(),
                period.to()),
            PageRequest.of("service-records", limit, cursor));
    var names = volunteerNames.of(page.items(), ServiceRecord::volunteerId);
    return new Page<>(
        page.items().stream().map(r -> RecordView.of(r, names)).toList(), page.nextCursor());
  }

  @GET
  @Path("overdue")
  @Operation(
      summary =
          "Records still pending 10 working days after the service (Art. 11), counted with the"
              + " platform's holiday calendar; dueDateEstimated marks deadlines counted Monday to"
              + " Friday because a year is missing from the calendar")
  public Page<OverdueRecordView> overdue(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = records.overdue(PageRequest.of("overdue-records", limit, cursor));
    var names = volunteerNames.of(page.items(), o -> o.record().volunteerId());
    return new Page<>(
        page.items().stream().map(o -> OverdueRecordView.of(o, names)).toList(), page.nextCursor());
  }

  @GET
  @Path("{recordId}")
  @Operation(summary = "One service record")
  public RecordView get(@PathParam("org") String org, @PathParam("recordId") String id) {
    return named(records.get(id));
  }

  @POST
  @Path("{recordId}/correction")
  @Operation(summary = "Correct a record: a new pending record referencing the old one")
  @APIResponse(
      responseCode = "201",
      description = "The corrected record (a new record replacing this one)",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = RecordView.class)))
  public Response correct(
      @PathParam("org") String org, @PathParam("recordId") String id, CorrectionRequest body) {
    validator.valid(body);
    var record = records.correct(id, body.facts().toFacts(), body.reason());
    return Response.created(URI.create("v1/orgs/" + org + "/service-records/" + record.id()))
        .entity(named(record))
        .build();
  }

  @POST
  @Path("review")
  @Idempotent
  @Operation(summary = "Approve or reject records, one or many at once (all or nothing)")
  @Parameter(ref = "IdempotencyKey")
  public List<RecordView> review(@PathParam("org") String org, ReviewRequest body) {
    validator.valid(body);
    var reviewed =
        records.reviewNamed(
            body.recordIds(), new ServiceRecords.Decision(body.approve(), body.note()));
    return reviewed.records().stream().map(r -> RecordView.of(r, reviewed.names())).toList();
  }

  private RecordView named(ServiceRecord record) {
    return RecordView.of(record, volunteerNames.of(List.of(record), ServiceRecord::volunteerId));
  }
}
