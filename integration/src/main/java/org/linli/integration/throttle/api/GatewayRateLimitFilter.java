package org.linli.integration.throttle.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linli.integration.inbound.application.InboundSettings;
import org.linli.integration.inbound.domain.GatewaySignature;
import org.linli.integration.throttle.application.GatewayThrottle;
import org.linli.integration.throttle.application.ThrottleSettings;
import org.linli.integration.throttle.domain.Admission;
import org.linli.integration.throttle.domain.GatewayRate;
import org.linli.kernel.api.Problems;
import org.linli.kernel.error.Message;
import org.linli.kernel.tenancy.TenantId;

/**
 * The province gateway's pushes to an organization beyond the rate agreed for it are answered 429
 * {@code GATEWAY_RATE_LIMITED} with Retry-After, before anything is read into the organization's
 * data. Only correctly signed, fresh messages count (so a stranger cannot use up an organization's
 * rate; the endpoint refuses the others itself). The schedule is one database row per organization,
 * so the rate holds for all nodes together.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class GatewayRateLimitFilter implements ContainerRequestFilter {
  static final Pattern PATH =
      Pattern.compile("^/?v1/gateway/orgs/([a-z0-9][a-z0-9-]{1,62})/messages/?$");

  /** As the endpoint reads at most: 8 MB (a larger body is refused there). */
  static final int MAX_BYTES = 8 * 1024 * 1024 + 1;

  @Context HttpHeaders headers;
  @Inject ThrottleSettings settings;
  @Inject InboundSettings inbound;
  @Inject GatewayThrottle throttle;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    Matcher m = PATH.matcher(request.getUriInfo().getPath());
    if (!m.matches()) {
      return;
    }
    String org = m.group(1);
    GatewayRate rate = settings.inbound(org);
    if (!rate.limited()) {
      return;
    }
    byte[] body;
    try (InputStream in = request.getEntityStream()) {
      body = in == null ? new byte[0] : in.readNBytes(MAX_BYTES);
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    GatewaySignature.Verdict verdict =
        GatewaySignature.check(
            inbound.gatewaySecret(org).orElse(null),
            request.getHeaderString("X-Linli-Timestamp"),
            request.getHeaderString("X-Linli-Signature"),
            body,
            Instant.now(),
            inbound.gatewayMaxSkew());
    if (verdict != GatewaySignature.Verdict.VALID) {
      return;
    }
    Admission admission =
        throttle.admitNow(TenantId.of(org), ThrottleSettings.INBOUND_GATEWAY, rate);
    if (admission.admitted()) {
      return;
    }
    long retryAfter = admission.retryAfterSeconds(Instant.now());
    Response problem =
        Problems.of(
            Problems.language(headers),
            429,
            "Too many requests",
            "GATEWAY_RATE_LIMITED",
            Message.of("GATEWAY_RATE_LIMITED", rate.perMinute(), retryAfter));
    request.abortWith(
        Response.fromResponse(problem).header("Retry-After", Long.toString(retryAfter)).build());
  }
}
