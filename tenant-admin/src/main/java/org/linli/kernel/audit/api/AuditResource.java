package org.linli.kernel.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditQueries;
import org.linli.kernel.audit.domain.StoredEntry;
import org.linli.kernel.audit.domain.VerificationResult;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

@Path("/v1/orgs/{org}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.AUDITOR})
@Tag(name = "Organization: audit log")
public class AuditResource {
  @Inject AuditQueries audit;

  @GET
  @Path("records")
  @Operation(summary = "The audit chain in order, cursor-paginated")
  public Page<RecordView> records(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<StoredEntry> page = audit.records(PageRequest.of("audit-records", limit, cursor));
    return new Page<>(page.items().stream().map(RecordView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("verification")
  @Operation(summary = "Recompute every hash and link of the chain and report the first break")
  public VerificationResult verify(@PathParam("org") String org) {
    return audit.verify();
  }

  @Schema(name = "AuditRecordView")
  public record RecordView(
      long seq,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String beforeDigest,
      String afterDigest,
      String prevHash,
      String hash) {
    static RecordView of(StoredEntry s) {
      var e = s.entry();
      return new RecordView(
          e.seq(),
          e.occurredAt(),
          e.actor(),
          e.action(),
          e.entityType(),
          e.entityId(),
          e.beforeDigest(),
          e.afterDigest(),
          e.prevHash(),
          s.storedHash());
    }
  }
}
