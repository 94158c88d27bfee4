package org.linli.kernel.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.linli.kernel.error.Message;

/**
 * Limits the endpoints anyone can call without a login ({@code /api/v1/public/...}) per client
 * address, so certificate numbers cannot be walked at speed. Runs before matching, so requests for
 * unknown public paths count too. The address is the connection's: X-Forwarded-For is not trusted
 * (a client could name any address); behind a proxy, configure Liberty's remoteIp for it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class PublicRateLimitFilter implements ContainerRequestFilter {
  @Context HttpServletRequest servletRequest;
  @Context HttpHeaders headers;
  @Inject PublicRateLimit limit;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!(path.startsWith("v1/public/") || path.startsWith("/v1/public/"))) {
      return;
    }
    long retryAfter = limit.take(servletRequest.getRemoteAddr());
    if (retryAfter > 0) {
      Response problem =
          Problems.of(
              Problems.language(headers),
              429,
              "Too many requests",
              "RATE_LIMITED",
              Message.of("RATE_LIMITED", retryAfter));
      request.abortWith(
          Response.fromResponse(problem).header("Retry-After", Long.toString(retryAfter)).build());
    }
  }
}
