package org.linli.integration.outbox.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.integration.outbox.api.FlowDtos.BacklogEntryView;
import org.linli.integration.outbox.api.FlowDtos.FlowSettingsRequest;
import org.linli.integration.outbox.api.FlowDtos.FlowView;
import org.linli.integration.outbox.api.FlowDtos.StatisticsRunRequest;
import org.linli.integration.outbox.api.FlowDtos.StatisticsRunView;
import org.linli.integration.outbox.application.HomeCareStatistics;
import org.linli.integration.outbox.application.IntegrationFlows;
import org.linli.integration.outbox.application.IntegrationFlows.ConfigureFlow;
import org.linli.integration.outbox.infrastructure.OutboxStore.BacklogEntry;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * The organization's outbound flows to the civil-affairs systems: each with its status, last run
 * and backlog; its settings (org admins; the credential is never returned); the monthly home-care
 * statistics recorded on demand (once per month, like the scheduled job).
 */
@Path("/v1/orgs/{org}/integration/flows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
@Tag(name = "Integration")
public class IntegrationFlowsResource {
  /** Statuses of an outbox event. */
  public enum EventStatus {
    PENDING,
    SENT,
    DEAD
  }

  @Inject IntegrationFlows flows;
  @Inject RequestValidator validator;

  @GET
  @Operation(summary = "The outbound flows with their status, last run and backlog")
  public Page<FlowView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<IntegrationFlows.FlowOverview> page =
        flows.list(PageRequest.of("integration-flows", limit, cursor));
    return new Page<>(page.items().stream().map(FlowView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{flow}")
  @Operation(
      summary = "One outbound flow",
      description = "404 INTEGRATION_FLOW_NOT_FOUND for a flow that does not exist.")
  public FlowView get(@PathParam("org") String org, @PathParam("flow") String flow) {
    return FlowView.of(flows.get(flow));
  }

  @GET
  @Path("{flow}/events")
  @Operation(
      summary = "The flow's events in one status (default PENDING: the backlog), newest first")
  public Page<BacklogEntryView> events(
      @PathParam("org") String org,
      @PathParam("flow") String flow,
      @Parameter(schema = @Schema(implementation = EventStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    EventStatus filter = QueryParams.enumValue(EventStatus.class, "status", status);
    Page<BacklogEntry> page =
        flows.backlog(
            flow,
            filter == null ? EventStatus.PENDING.name() : filter.name(),
            PageRequest.of("integration-flow-events", limit, cursor));
    return new Page<>(page.items().stream().map(BacklogEntryView::of).toList(), page.nextCursor());
  }

  @PUT
  @Path("{flow}/settings")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Set the flow's settings (org admins; audited without the credential)",
      description =
          "A switched-off flow records no new events and holds its backlog. ratePerMinute: the"
              + " rate agreed with the receiving system, deliveries to it are paced at it across"
              + " every node (400 with a field error outside 0..60000). 400"
              + " INTEGRATION_ENDPOINT_INVALID for an endpoint that is not an http(s) URL; 404"
              + " INTEGRATION_FLOW_NOT_FOUND.")
  @APIResponse(
      responseCode = "200",
      description = "The flow with its new settings (never the credential)",
      content = @Content(schema = @Schema(implementation = FlowView.class)))
  public FlowView configure(
      @PathParam("org") String org, @PathParam("flow") String flow, FlowSettingsRequest body) {
    FlowSettingsRequest valid = validator.valid(body);
    return FlowView.of(
        flows.configure(
            new ConfigureFlow(
                flow,
                valid.enabled(),
                valid.endpoint(),
                valid.credential(),
                valid.ratePerMinute())));
  }

  @POST
  @Path("{flow}/runs")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Record a past month's home-care statistics now (once per month, like the job)",
      description =
          "Only HOME_CARE_MONTHLY_STATS runs on demand (422 INTEGRATION_FLOW_NOT_RUNNABLE). 400"
              + " INTEGRATION_MONTH_NOT_OVER for the current or a future month; 422"
              + " INTEGRATION_NOT_A_BUYER for an organization without a signed purchase contract"
              + " as buyer. A repeat of a recorded month records nothing (200, recorded false).")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; the event is due at once",
      content = @Content(schema = @Schema(implementation = StatisticsRunView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Recorded before; nothing new",
      content = @Content(schema = @Schema(implementation = StatisticsRunView.class)))
  public Response run(
      @PathParam("org") String org, @PathParam("flow") String flow, StatisticsRunRequest body) {
    StatisticsRunRequest valid = validator.valid(body);
    HomeCareStatistics.Run run = flows.runStatistics(flow, YearMonth.parse(valid.month()));
    StatisticsRunView view = StatisticsRunView.of(run);
    return Response.status(view.recorded() ? 201 : 200).entity(view).build();
  }
}
