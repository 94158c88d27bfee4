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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.security.Public;
import org.linli.volunteer.certificate.api.CertificateDtos.PublicFactsView;
import org.linli.volunteer.certificate.api.CertificateDtos.VerificationView;
import org.linli.volunteer.certificate.application.PublicCertificates;

/** Verification of a certificate by anyone, e.g. after scanning its QR code; no login needed. */
@Path("/v1/public/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
@Tag(name = "Public verification")
public class PublicCertificatesResource {
  @Inject PublicCertificates certificates;

  @GET
  @Path("{org}/{certificateNo}")
  @SecurityRequirements
  @Operation(
      summary =
          "Verify a certificate: signature, digest (d from the QR code) and status; the name is"
              + " masked",
      description =
          "The facts (masked name, volunteer number, hours, period, issuer) are answered only with"
              + " the matching digest d from the QR code; without it, or with a wrong one, only"
              + " the status, and factsRequireDigest is true. Limited per client address: 429"
              + " RATE_LIMITED with Retry-After.")
  @APIResponse(
      responseCode = "200",
      description =
          "The verification result (valid, or why not: revoked, tampered, unknown or compromised"
              + " signing key); the public facts only with the matching digest",
      content = @Content(schema = @Schema(implementation = VerificationView.class)))
  @APIResponse(
      responseCode = "503",
      description = "The certificate signing key is missing or invalid",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response verify(
      @PathParam("org") String org,
      @PathParam("certificateNo") String certificateNo,
      @QueryParam("d") String digest) {
    var result = certificates.verify(org, certificateNo, digest);
    var check = result.check();
    VerificationView view =
        new VerificationView(
            result.valid(),
            check.status().name(),
            result.factsDisclosed() && check.facts() != null
                ? PublicFactsView.of(check.facts())
                : null,
            check.signatureValid(),
            result.digestMatches(),
            result.reason() == null ? null : result.reason().name(),
            !result.factsDisclosed());
    // Not cached anywhere: a revocation must show at the next scan.
    return Response.ok(view).header("Cache-Control", "no-store").build();
  }
}
