package org.linli.tenant.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Etags;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.tenant.application.OrgSettingsService;
import org.linli.tenant.domain.settings.OrgSettingsVersion;
import org.linli.tenant.domain.settings.SettingsDocument;

/** Versioned settings: the ETag is the version; an update needs If-Match with the version read. */
@Path("/v1/orgs/{org}/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organization: settings")
public class SettingsResource {
  @Inject OrgSettingsService settings;

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.FINANCE})
  @Operation(summary = "The settings in force, with their version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The settings document in force",
      headers = @Header(name = "ETag", ref = "ETag"),
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "The organization's settings document")))
  public Response get(@PathParam("org") String org) {
    return view(settings.current());
  }

  @PUT
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(summary = "Replace the settings; requires If-Match with the current ETag")
  @APIResponse(
      responseCode = "200",
      description = "The settings document in force",
      headers = @Header(name = "ETag", ref = "ETag"),
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "The organization's settings document")))
  public Response update(
      @PathParam("org") String org, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
    long expected = Etags.requireVersion(ifMatch);
    return view(settings.update(expected, SettingsDocument.parse(body)));
  }

  private static Response view(OrgSettingsVersion version) {
    return Response.ok(new SettingsDocument(version.json()).asJson())
        .tag(new EntityTag(Long.toString(version.version())))
        .header("Last-Modified-By", version.createdBy())
        .build();
  }
}
