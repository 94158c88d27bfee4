package org.linli.integration.inbound.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.integration.inbound.api.InboundDtos.InboundFileView;
import org.linli.integration.inbound.api.InboundDtos.RejectedRowView;
import org.linli.integration.inbound.application.InboundFiles;
import org.linli.integration.inbound.domain.InboundFile;
import org.linli.integration.inbound.domain.RosterRow.Rejection;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * The lists civil-affairs sent the organization (SFTP files, gateway messages) and their reports.
 */
@Path("/v1/orgs/{org}/integration/files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
@Tag(name = "Integration")
public class InboundFilesResource {
  @Inject InboundFiles files;

  @GET
  @Operation(summary = "Received lists, newest first, with their row counts")
  public Page<InboundFileView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<InboundFile> page = files.list(PageRequest.of("inbound-files", limit, cursor));
    return new Page<>(page.items().stream().map(InboundFileView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{fileId}")
  @Operation(summary = "One received list", description = "404 INBOUND_FILE_NOT_FOUND.")
  public InboundFileView get(@PathParam("org") String org, @PathParam("fileId") String fileId) {
    return InboundFileView.of(files.get(fileId));
  }

  @GET
  @Path("{fileId}/rejected-rows")
  @Operation(
      summary = "The rows of a list that were refused, in line order, each with a stable code",
      description = "404 INBOUND_FILE_NOT_FOUND. ID numbers only masked.")
  public Page<RejectedRowView> rejectedRows(
      @PathParam("org") String org,
      @PathParam("fileId") String fileId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Rejection> page =
        files.rejectedRows(fileId, PageRequest.of("inbound-rejected-rows", limit, cursor));
    return new Page<>(page.items().stream().map(RejectedRowView::of).toList(), page.nextCursor());
  }
}
