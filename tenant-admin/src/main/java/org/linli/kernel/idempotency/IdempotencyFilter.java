package org.linli.kernel.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;

/**
 * Runs after access control, so keys live in the admitted organization's space (or the platform's
 * for platform endpoints) and a caller can never replay another tenant's response. Checks the key's
 * shape and fingerprints the request; the key is claimed, replayed or recorded around the resource
 * method by {@link IdempotencyInterceptor}, in the request's transaction.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7e]{1,100}");
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

  @Context ResourceInfo resourceInfo;
  @Inject IdempotencyStore store;
  @Inject RequestContext requestContext;
  @Inject IdempotentRequest idempotentRequest;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Method method = resourceInfo.getResourceMethod();
    Idempotent idempotent = method == null ? null : method.getAnnotation(Idempotent.class);
    if (idempotent == null) {
      return;
    }
    String key = request.getHeaderString(HEADER);
    if (key == null) {
      if (idempotent.required()) {
        throw DomainException.invalidField(HEADER, "IDEMPOTENCY_KEY_REQUIRED");
      }
      return;
    }
    if (!KEY_SHAPE.matcher(key).matches()) {
      throw DomainException.invalidField(HEADER, "INVALID_IDEMPOTENCY_KEY");
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    TenantId tenant =
        request.getUriInfo().getPathParameters().containsKey("org")
            ? requestContext.tenant()
            : TenantId.PLATFORM;
    String hash = fingerprint(request.getMethod(), request.getUriInfo().getPath(), body);
    idempotentRequest.started(new IdempotentRequest.Call(tenant, key, hash));
  }

  /**
   * A refusal (4xx) that rolled the request's transaction back is recorded now, as the exception
   * mappers shaped it, so a retry gets the same answer. An answer recorded with its effect, a
   * replay, a refusal of the key itself and any 5xx (the key stays free for a retry) are not.
   */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    IdempotentRequest.Call call = idempotentRequest.call();
    if (call == null || idempotentRequest.settled() || response.getStatus() >= 500) {
      return;
    }
    // Recording the refusal must not change the answer (the database may have gone away).
    try {
      Object entity = response.getEntity();
      String body =
          entity == null
              ? null
              : entity instanceof String s ? s : IdempotencyInterceptor.JSONB.toJson(entity);
      store.recordRefusal(call, response.getStatus(), body);
    } catch (RuntimeException e) {
      LOG.warning(() -> "Idempotency key " + call.key() + " not recorded: " + e);
    }
  }

  private static String fingerprint(String method, String path, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
