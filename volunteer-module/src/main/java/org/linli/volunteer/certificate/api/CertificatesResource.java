package org.linli.volunteer.certificate.api;

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
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.certificate.api.CertificateDtos.CertificateView;
import org.linli.volunteer.certificate.api.CertificateDtos.IssueRequest;
import org.linli.volunteer.certificate.api.CertificateDtos.RevokeRequest;
import org.linli.volunteer.certificate.application.CertificateCommands.IssueCertificate;
import org.linli.volunteer.certificate.application.CertificateCommands.RevokeCertificate;
import org.linli.volunteer.certificate.application.Certificates;
import org.linli.volunteer.certificate.domain.Certificate;
import org.linli.volunteer.certificate.infrastructure.CertificateLinks;

@Path("/v1/orgs/{org}/volunteers/{volunteerId}/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Certificates")
public class CertificatesResource {
  @Inject Certificates certificates;
  @Inject CertificateLinks links;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(
      summary =
          "Issue a signed service certificate (志愿服务证明) for the approved service of a period;"
              + " free of charge")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = CertificateView.class)))
  @Parameter(ref = "IdempotencyKey")
  @APIResponse(
      responseCode = "503",
      description = "The certificate signing key is missing or invalid",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response issue(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      IssueRequest body) {
    validator.valid(body);
    Certificate c =
        certificates.issue(
            new IssueCertificate(volunteerId, body.from(), body.to(), body.purpose()));
    return Response.created(
            URI.create("v1/orgs/" + org + "/volunteers/" + volunteerId + "/certificates/" + c.id()))
        .entity(view(org, c))
        .build();
  }

  @GET
  @Operation(summary = "A volunteer's certificates, newest first")
  public Page<CertificateView> list(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = certificates.ofVolunteer(volunteerId, PageRequest.of("certificates", limit, cursor));
    return new Page<>(page.items().stream().map(c -> view(org, c)).toList(), page.nextCursor());
  }

  @GET
  @Path("{certificateId}")
  @Operation(summary = "One certificate with its facts, digest and status")
  public CertificateView get(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      @PathParam("certificateId") String id) {
    return view(org, certificates.get(volunteerId, id));
  }

  @GET
  @Path("{certificateId}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The certificate as a PDF with a verification QR code (valid ones only)")
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "503",
      description = "The certificate signing key is missing or invalid",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description =
          "A revoked certificate, or one whose stored facts fail verification or whose signing key"
              + " is unknown or marked compromised, is not printed",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response pdf(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      @PathParam("certificateId") String id) {
    var printed = certificates.pdf(volunteerId, id);
    return Response.ok(printed.pdf(), "application/pdf")
        .header(
            "Content-Disposition", "attachment; filename=\"" + printed.certificateNo() + ".pdf\"")
        .header("Cache-Control", "no-store") // it carries personal data
        .build();
  }

  @POST
  @Path("{certificateId}/revoke")
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(summary = "Revoke a certificate with a reason; verification then answers REVOKED")
  public CertificateView revoke(
      @PathParam("org") String org,
      @PathParam("volunteerId") String volunteerId,
      @PathParam("certificateId") String id,
      RevokeRequest body) {
    validator.valid(body);
    return view(org, certificates.revoke(new RevokeCertificate(volunteerId, id, body.reason())));
  }

  /** {@code org} was admitted for this request, so it is the certificate's tenant. */
  private CertificateView view(String org, Certificate c) {
    return CertificateView.of(c, links.verificationUrl(org, c.certificateNo(), c.digest()));
  }
}
