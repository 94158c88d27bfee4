package org.linli.integration.inbound.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.integration.inbound.api.InboundDtos.ReceivedView;
import org.linli.integration.inbound.application.GatewayMessages;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.Public;

/**
 * The province data-sharing gateway pushes rosters and death notices here. No user token: the
 * message is signed with the organization's shared key (HMAC-SHA256 over timestamp, newline, body),
 * checked before the body is read.
 */
@Path("/v1/gateway/orgs/{org}/messages")
@RequestScoped
@Tag(name = "Integration")
public class GatewayResource {
  static final int MAX_BYTES = 8 * 1024 * 1024;

  @Inject GatewayMessages messages;

  @POST
  @Public
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A signed roster or death-notice message from the province gateway",
      description =
          "Headers X-Linli-Timestamp (epoch seconds) and X-Linli-Signature (hex HMAC-SHA256 of"
              + " timestamp + \"\\n\" + body with the organization's shared key). 401"
              + " GATEWAY_UNSIGNED or GATEWAY_SIGNATURE_INVALID, 422 GATEWAY_MESSAGE_STALE (more"
              + " than five minutes off), 400 GATEWAY_MESSAGE_INVALID, 400 GATEWAY_MESSAGE_TOO_LARGE over 8 MB. The same"
              + " body again applies nothing (200, duplicate).")
  @APIResponse(
      responseCode = "201",
      description = "Received and applied; bad rows are in the file's report",
      content = @Content(schema = @Schema(implementation = ReceivedView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Received before: nothing applied again",
      content = @Content(schema = @Schema(implementation = ReceivedView.class)))
  public Response receive(
      @PathParam("org") String org,
      @HeaderParam("X-Linli-Timestamp") String timestamp,
      @HeaderParam("X-Linli-Signature") String signature,
      InputStream body)
      throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw DomainException.invalidField("body", "GATEWAY_MESSAGE_TOO_LARGE");
    }
    ReceivedView view = ReceivedView.of(messages.receive(org, timestamp, signature, bytes));
    return Response.status(view.duplicate() ? 200 : 201).entity(view).build();
  }
}
