package org.linli.integration.outbox.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.integration.outbox.api.IntegrationDtos.DeadLetterView;
import org.linli.integration.outbox.api.IntegrationDtos.DiscardRequest;
import org.linli.integration.outbox.api.IntegrationDtos.FlowStatusView;
import org.linli.integration.outbox.api.IntegrationDtos.IntegrationStatusView;
import org.linli.integration.outbox.application.DeadLetters;
import org.linli.integration.outbox.domain.DeadLetter;
import org.linli.integration.outbox.domain.DeadLetterStatus;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * The organization's integration with the civil-affairs systems: the outbound flows with their
 * backlog, and the dead letters (events the receiver refused for good, or that failed too often),
 * which staff inspect, replay or discard with a reason.
 */
@Path("/v1/orgs/{org}/integration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
@Tag(name = "Integration")
public class IntegrationResource {
  @Inject DeadLetters deadLetters;
  @Inject RequestValidator validator;

  @GET
  @Path("status")
  @Operation(summary = "The outbound flows with their backlog, sent events and open dead letters")
  public IntegrationStatusView status(@PathParam("org") String org) {
    return new IntegrationStatusView(List.of(FlowStatusView.of(deadLetters.status())));
  }

  @GET
  @Path("dead-letters")
  @Operation(summary = "Dead letters, newest first; filter by status")
  public Page<DeadLetterView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = DeadLetterStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    DeadLetterStatus filter = QueryParams.enumValue(DeadLetterStatus.class, "status", status);
    Page<DeadLetter> page =
        deadLetters.list(
            filter == null ? null : filter.name(), PageRequest.of("dead-letters", limit, cursor));
    return new Page<>(page.items().stream().map(DeadLetterView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("dead-letters/{deadLetterId}")
  @Operation(summary = "One dead letter with its payload and last error")
  public DeadLetterView get(
      @PathParam("org") String org, @PathParam("deadLetterId") String deadLetterId) {
    return DeadLetterView.of(deadLetters.get(deadLetterId));
  }

  @POST
  @Path("dead-letters/{deadLetterId}/replay")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Send the event again under the same event id (audited)",
      description = "409 DEAD_LETTER_NOT_OPEN when it was replayed or discarded already.")
  @APIResponse(
      responseCode = "200",
      description = "The dead letter, now REPLAYED; the event is due at once",
      content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
  public DeadLetterView replay(
      @PathParam("org") String org, @PathParam("deadLetterId") String deadLetterId) {
    return DeadLetterView.of(deadLetters.replay(deadLetterId));
  }

  @POST
  @Path("dead-letters/{deadLetterId}/discard")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Give the event up, keeping the reason (audited)",
      description = "409 DEAD_LETTER_NOT_OPEN when it was replayed or discarded already.")
  @APIResponse(
      responseCode = "200",
      description = "The dead letter, now DISCARDED",
      content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
  public DeadLetterView discard(
      @PathParam("org") String org,
      @PathParam("deadLetterId") String deadLetterId,
      DiscardRequest body) {
    DiscardRequest valid = validator.valid(body);
    return DeadLetterView.of(deadLetters.discard(deadLetterId, valid.reason().strip()));
  }
}
