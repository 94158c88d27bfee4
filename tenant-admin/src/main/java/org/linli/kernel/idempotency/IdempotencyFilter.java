package org.linli.kernel.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.linli.kernel.api.Problems;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;

/**
 * Runs after access control, so keys live in the admitted organization's space (or the platform's
 * for platform endpoints) and a caller can never replay another tenant's response.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String HEADER = "Idempotency-Key";
  private static final String PENDING = IdempotencyFilter.class.getName();
  private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7e]{1,100}");
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

  @Context ResourceInfo resourceInfo;
  @Inject IdempotencyStore store;
  @Inject RequestContext requestContext;

  private record Pending(TenantId tenant, String key) {}

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
    IdempotencyStore.Outcome outcome = store.begin(tenant, key, hash);
    if (outcome instanceof IdempotencyStore.Replay replay) {
      request.abortWith(
          Response.status(replay.status())
              .type(
                  replay.status() >= 400 ? Problems.PROBLEM_JSON : MediaType.APPLICATION_JSON_TYPE)
              .entity(replay.body())
              .header("Idempotent-Replayed", "true")
              .build());
    } else if (outcome instanceof IdempotencyStore.BodyMismatch) {
      throw DomainException.rule("IDEMPOTENCY_KEY_REUSED");
    } else if (outcome instanceof IdempotencyStore.InProgress) {
      throw DomainException.conflict("IDEMPOTENCY_IN_PROGRESS");
    } else {
      request.setProperty(PENDING, new Pending(tenant, key));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PENDING) instanceof Pending pending)) {
      return;
    }
    // Recording the outcome must not change the answer: when the database went away after the
    // request's own work (the 503 of an outage, or a commit just before it), the key stays "in
    // progress" and is freed as abandoned later; the client is told what happened to its request.
    try {
      if (response.getStatus() >= 500) {
        store.forget(pending.tenant(), pending.key());
        return;
      }
      Object entity = response.getEntity();
      String body = entity == null ? null : entity instanceof String s ? s : JSONB.toJson(entity);
      store.complete(pending.tenant(), pending.key(), response.getStatus(), body);
    } catch (RuntimeException e) {
      LOG.warning(() -> "Idempotency key " + pending.key() + " not recorded: " + e);
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
