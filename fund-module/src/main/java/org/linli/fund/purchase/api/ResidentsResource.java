package org.linli.fund.purchase.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.purchase.api.PurchaseDtos.ImportResultView;
import org.linli.fund.purchase.api.PurchaseDtos.ResidentRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ResidentStatusRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ResidentView;
import org.linli.fund.purchase.application.Residents;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.ResidentStatus;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/** The buyer's roster of residents (服务对象): ID numbers answered masked only. */
@Path("/v1/orgs/{org}/residents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service purchase")
public class ResidentsResource {
  @Inject Residents residents;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Put a resident on the roster",
      description =
          "The person is the platform's (found by the ID number or registered, without a"
              + " login). 409 RESIDENT_EXISTS, ID_NUMBER_NAME_MISMATCH; 400 INVALID_ID_NUMBER,"
              + " INVALID_LATITUDE, INVALID_LONGITUDE, ELIGIBILITY_DATES_INVALID.")
  @APIResponse(
      responseCode = "201",
      description = "On the roster",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = ResidentView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response register(@PathParam("org") String org, ResidentRequest body) {
    ResidentView view = ResidentView.of(residents.register(validator.valid(body).toCommand()));
    return Response.created(URI.create("v1/orgs/" + org + "/residents/" + view.id()))
        .entity(view)
        .build();
  }

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Import a roster from CSV or XLSX: all rows or none",
      description =
          "CSV (UTF-8) with the header "
              + ResidentCsv.HEADER
              + ", or an XLSX workbook whose first sheet has these column names in its first row"
              + " (told apart by the Content-Type or the file's ZIP signature). Every row is"
              + " checked the same way in both formats; residents already on the roster are"
              + " counted, not changed. 400 IMPORT_HEADER_INVALID, IMPORT_ROW_INVALID (with the"
              + " line or sheet row), IMPORT_EMPTY, IMPORT_TOO_MANY_ROWS (5000), IMPORT_TOO_LARGE"
              + " (10 MB), IMPORT_FILE_INVALID (not a readable workbook).")
  @RequestBody(
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = ResidentXlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "200",
      description = "Imported",
      content = @Content(schema = @Schema(implementation = ImportResultView.class)))
  public ImportResultView importRoster(
      @PathParam("org") String org,
      @HeaderParam("Content-Type") String contentType,
      java.io.InputStream body) {
    byte[] data = readAtMost(body, MAX_IMPORT_BYTES);
    ResidentCsv.Parsed parsed =
        ResidentXlsx.isXlsx(contentType, data)
            ? ResidentXlsx.parse(data)
            : ResidentCsv.parse(new String(data, java.nio.charset.StandardCharsets.UTF_8));
    Residents.ImportResult r = residents.importRows(parsed.rows(), parsed.lines());
    return new ImportResultView(r.imported(), r.alreadyOnRoster());
  }

  static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

  /** Reads up to the limit and one byte more, never the whole of an oversized upload. */
  static byte[] readAtMost(java.io.InputStream in, int limit) {
    try {
      byte[] data = in == null ? new byte[0] : in.readNBytes(limit + 1);
      if (data.length > limit) {
        throw org.linli.kernel.error.DomainException.invalidField("file", "IMPORT_TOO_LARGE")
            .with(limit / (1024 * 1024));
      }
      return data;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(summary = "The roster, newest first; q filters by name")
  public Page<ResidentView> list(
      @PathParam("org") String org,
      @QueryParam("q") String q,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Resident> page = residents.list(q, PageRequest.of("residents", limit, cursor));
    return new Page<>(page.items().stream().map(ResidentView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{residentId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(summary = "A resident; 404 RESIDENT_NOT_FOUND")
  public ResidentView get(@PathParam("org") String org, @PathParam("residentId") String id) {
    return ResidentView.of(residents.get(id));
  }

  @POST
  @Path("{residentId}/status")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Record a death, a move away or a return, with its date",
      description =
          "Followed on the contracts' copies. 400 STATUS_DATE_INVALID (missing or future); 409"
              + " RESIDENT_STATUS_UNCHANGED.")
  public ResidentView status(
      @PathParam("org") String org,
      @PathParam("residentId") String id,
      ResidentStatusRequest body) {
    ResidentStatusRequest b = validator.valid(body);
    return ResidentView.of(
        residents.changeStatus(
            new Residents.ChangeStatus(
                id,
                QueryParams.enumValue(ResidentStatus.class, "status", b.status()),
                b.effectiveOn(),
                b.note())));
  }
}
