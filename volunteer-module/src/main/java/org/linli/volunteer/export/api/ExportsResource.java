package org.linli.volunteer.export.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.export.application.StaffExports;
import org.linli.volunteer.export.application.StaffExports.DateRange;
import org.linli.volunteer.export.infrastructure.SheetFormat;

/**
 * Spreadsheet exports for staff. ID and phone numbers appear masked only, and every export is
 * audited before it starts, because it carries personal data out of the platform.
 */
@Path("/v1/orgs/{org}/exports")
@RequestScoped
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Exports")
public class ExportsResource {
  private static final String CSV = "text/csv";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject StaffExports exports;

  @GET
  @Path("volunteers.csv")
  @Produces(CSV)
  @Operation(summary = "Every volunteer as CSV (UTF-8 with BOM), numbers masked; audited")
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content =
          @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "text")))
  public Response volunteersCsv(@PathParam("org") String org) {
    return volunteers(org, SheetFormat.CSV);
  }

  @GET
  @Path("volunteers.xlsx")
  @Produces(XLSX)
  @Operation(summary = "Every volunteer as an Excel workbook, numbers masked; audited")
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response volunteersXlsx(@PathParam("org") String org) {
    return volunteers(org, SheetFormat.XLSX);
  }

  @GET
  @Path("service-records.csv")
  @Produces(CSV)
  @Operation(summary = "Service records served from/to (inclusive, optional) as CSV; audited")
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content =
          @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "text")))
  public Response serviceRecordsCsv(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from")
          String from,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to")
          String to) {
    return serviceRecords(org, SheetFormat.CSV, from, to);
  }

  @GET
  @Path("service-records.xlsx")
  @Produces(XLSX)
  @Operation(summary = "Service records served from/to (inclusive, optional) as Excel; audited")
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response serviceRecordsXlsx(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from")
          String from,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to")
          String to) {
    return serviceRecords(org, SheetFormat.XLSX, from, to);
  }

  private Response volunteers(String org, SheetFormat format) {
    exports.auditVolunteerExport(format.extension());
    return Downloads.of(
        format, "志愿者名册-" + org, "volunteers-" + org, ExportTables.volunteers(exports));
  }

  // Everything that can fail with a problem response happens before the download starts.
  private Response serviceRecords(String org, SheetFormat format, String from, String to) {
    DateRange range = new DateRange(QueryParams.date("from", from), QueryParams.date("to", to));
    exports.auditRecordExport(format.extension(), range);
    return Downloads.of(
        format,
        "志愿服务记录-" + org,
        "service-records-" + org,
        ExportTables.serviceRecords(exports, range));
  }
}
