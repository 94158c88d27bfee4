package org.linli.integration.inbound.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.domain.Unit;
import org.linli.integration.inbound.application.StaffTasks;
import org.linli.integration.inbound.domain.StaffTask;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * Tasks civil-affairs lists leave for the organization's staff (待办): e.g. a death notice naming a
 * volunteer with time in the bank, to be settled under the deceased-holder rule by a person.
 */
@Path("/v1/orgs/{org}/integration/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
@Tag(name = "Integration")
public class StaffTasksResource {
  @Inject StaffTasks tasks;
  @Inject RequestValidator validator;

  /** The states of a task. */
  public enum TaskStatus {
    OPEN,
    DONE
  }

  public record StaffTaskView(
      String id,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {StaffTask.DECEASED_VOLUNTEER_BALANCE})
          String kind,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"OPEN", "DONE"})
          String status,
      @Schema(description = "The volunteer of this organization the task is about")
          String volunteerId,
      String name,
      @Schema(description = "The ID number masked (never the full number)") String idMasked,
      LocalDate dateOfDeath,
      @Schema(
              description = "Time held when the notice came (credit and donate-only), in hours",
              example = "12.50")
          String balanceHours,
      Instant createdAt,
      Instant resolvedAt,
      String resolvedBy,
      String note) {
    static StaffTaskView of(StaffTask t) {
      return new StaffTaskView(
          t.id(),
          t.kind(),
          t.status(),
          t.volunteerId(),
          t.name(),
          t.idMasked(),
          t.dateOfDeath(),
          Unit.HOUR.format(t.balanceMinutes()),
          t.createdAt(),
          t.resolvedAt(),
          t.resolvedBy(),
          t.note());
    }
  }

  public record ResolveRequest(@NotBlank @Size(max = 1000) String note) {}

  @GET
  @Operation(
      summary = "Staff tasks (待办) left by civil-affairs lists, newest first; filter by status")
  public Page<StaffTaskView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = TaskStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    TaskStatus filter = QueryParams.enumValue(TaskStatus.class, "status", status);
    Page<StaffTask> page =
        tasks.list(
            filter == null ? null : filter.name(), PageRequest.of("staff-tasks", limit, cursor));
    return new Page<>(page.items().stream().map(StaffTaskView::of).toList(), page.nextCursor());
  }

  @POST
  @Path("{taskId}/resolve")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Mark a task done, with a note of what was done (audited)",
      description =
          "404 STAFF_TASK_NOT_FOUND; 409 STAFF_TASK_NOT_OPEN when it was resolved already. For a"
              + " deceased volunteer's balance, settle it first through the time bank's"
              + " deceased-settlement endpoint: resolving moves no time.")
  @APIResponse(
      responseCode = "200",
      description = "The task, now DONE",
      content = @Content(schema = @Schema(implementation = StaffTaskView.class)))
  public StaffTaskView resolve(
      @PathParam("org") String org, @PathParam("taskId") String taskId, ResolveRequest body) {
    ResolveRequest valid = validator.valid(body);
    return StaffTaskView.of(
        tasks.resolve(new StaffTasks.ResolveTask(taskId, valid.note().strip())));
  }
}
