package org.linli.volunteer.certificate.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.SignedIn;
import org.linli.volunteer.certificate.application.MyCertificates;
import org.linli.volunteer.certificate.domain.CertificateFacts;
import org.linli.volunteer.certificate.domain.CertificateStatus;

@Path("/v1/me/certificates")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyCertificatesResource {
  @Inject MyCertificates mine;

  /**
   * One of my certificates. {@code verificationUrl} is what its QR code holds; anyone with it can
   * check the certificate. Period and hours are null only if the stored facts are unreadable.
   */
  public record MyCertificate(
      String org,
      String orgName,
      String id,
      String certificateNo,
      @Schema(implementation = CertificateStatus.class) String status,
      Instant issuedAt,
      LocalDate periodFrom,
      LocalDate periodTo,
      String totalHours,
      String verificationUrl) {}

  @GET
  @Operation(
      summary = "My service certificates in every organization, newest first",
      description = "Valid and revoked ones, with the public verification address of each.")
  public Page<MyCertificate> list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    var page = mine.list(PageRequest.of("my-certificates", limit, cursor));
    return new Page<>(
        page.items().stream()
            .map(
                c ->
                    new MyCertificate(
                        c.org(),
                        c.orgName(),
                        c.id(),
                        c.certificateNo(),
                        c.status(),
                        c.issuedAt(),
                        c.from(),
                        c.to(),
                        c.totalMinutes() == null ? null : CertificateFacts.hours(c.totalMinutes()),
                        c.verificationUrl()))
            .toList(),
        page.nextCursor());
  }

  @GET
  @Path("{org}/{certificateId}/pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "One of my certificates as a PDF with its verification QR code (valid ones only)",
      description =
          "A certificate of someone else, or of an organization I do not volunteer for, is not"
              + " found.")
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "409",
      description =
          "A revoked certificate, or one whose stored facts fail verification or whose signing key"
              + " is unknown or marked compromised, is not printed",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "503",
      description = "The certificate signing key is missing or invalid",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response pdf(
      @PathParam("org") String org, @PathParam("certificateId") String certificateId) {
    var printed = mine.pdf(org, certificateId);
    return Response.ok(printed.pdf(), "application/pdf")
        .header(
            "Content-Disposition", "attachment; filename=\"" + printed.certificateNo() + ".pdf\"")
        .header("Cache-Control", "no-store") // it carries personal data
        .build();
  }
}
