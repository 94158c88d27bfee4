package org.linli.volunteer.registration.api;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.linli.kernel.security.SignedIn;
import org.linli.volunteer.registration.api.VolunteerDtos.RegisterRequest;
import org.linli.volunteer.registration.api.VolunteerDtos.StatusRequest;
import org.linli.volunteer.registration.api.VolunteerDtos.VolunteerView;
import org.linli.volunteer.registration.application.VolunteerApplications;
import org.linli.volunteer.registration.application.VolunteerCommands.ChangeVolunteerStatus;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.application.VolunteerSearchText;
import org.linli.volunteer.registration.domain.VolunteerStatus;

@Path("/v1/orgs/{org}/volunteers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Volunteers")
public class VolunteersResource {
  @Inject VolunteerRegistry registry;
  @Inject VolunteerApplications applications;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(
      summary = "Register a volunteer (staff entry, real name per 记录办法 Art. 5); starts PENDING")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = VolunteerView.class)))
  @Parameter(ref = "IdempotencyKey")
  @APIResponse(
      responseCode = "503",
      description = "The identity provider (Keycloak) cannot be reached",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response register(@PathParam("org") String org, RegisterRequest body) {
    var volunteer = registry.register(validator.valid(body).toCommand());
    return Response.created(URI.create("v1/orgs/" + org + "/volunteers/" + volunteer.id()))
        .entity(VolunteerView.of(volunteer))
        .build();
  }

  @POST
  @Path("applications")
  @SignedIn
  @Operation(
      summary =
          "Apply as a volunteer yourself (after login; the ID number must be your own); starts"
              + " PENDING until staff activate it")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = VolunteerView.class)))
  @APIResponse(
      responseCode = "503",
      description = "The identity provider (Keycloak) cannot be reached",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response apply(@PathParam("org") String org, RegisterRequest body) {
    var volunteer = applications.apply(org, validator.valid(body).toCommand());
    return Response.created(URI.create("v1/orgs/" + org + "/volunteers/" + volunteer.id()))
        .entity(VolunteerView.of(volunteer))
        .build();
  }

  @GET
  @Operation(
      summary = "Volunteers, optionally by status and search text, cursor-paginated",
      description =
          "q matches the name (contains, case ignored), the volunteer number (exactly) and the"
              + " phone: its last 4 digits, or the whole mobile number. A cursor continues the"
              + " same filter: send it with the same status and q.")
  public Page<VolunteerView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = VolunteerStatus.class)) @QueryParam("status")
          String status,
      @Parameter(
              description = "Search text: name, volunteer number, phone (last 4 digits or full)",
              schema =
                  @Schema(type = SchemaType.STRING, maxLength = VolunteerSearchText.MAX_LENGTH))
          @QueryParam("q")
          String q,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page =
        registry.list(
            QueryParams.enumValue(VolunteerStatus.class, "status", status),
            VolunteerSearchText.parse(q),
            PageRequest.of("volunteers", limit, cursor));
    return new Page<>(page.items().stream().map(VolunteerView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{volunteerId}")
  @Operation(summary = "One volunteer")
  public VolunteerView get(@PathParam("org") String org, @PathParam("volunteerId") String id) {
    return VolunteerView.of(registry.get(id));
  }

  @POST
  @Path("{volunteerId}/status")
  @Operation(summary = "Change status: PENDING -> ACTIVE -> SUSPENDED / LEFT (audited)")
  public VolunteerView changeStatus(
      @PathParam("org") String org, @PathParam("volunteerId") String id, StatusRequest body) {
    validator.valid(body);
    return VolunteerView.of(
        registry.changeStatus(new ChangeVolunteerStatus(id, body.parsed(), body.reason())));
  }
}
