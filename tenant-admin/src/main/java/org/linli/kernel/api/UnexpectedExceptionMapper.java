package org.linli.kernel.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.Message;

/**
 * Last resort. Unwraps causes the caller can act on (a domain error or a lost optimistic lock
 * thrown through a transaction interceptor, an unreadable body), and a database that cannot be
 * reached (503 DATABASE_UNAVAILABLE with Retry-After; a retry with the same Idempotency-Key is
 * safe); anything else is logged with an incident id and answered without internals (and without
 * line breaks, which Liberty refuses).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
  private static final int RETRY_AFTER_SECONDS = 2;

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = Problems.language(headers);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return Problems.of(domain, locale);
      }
      if (t instanceof OptimisticLockException) {
        return Problems.of(locale, ErrorKind.CONFLICT, "VERSION_CONFLICT");
      }
      if (t instanceof jakarta.json.bind.JsonbException
          || t instanceof jakarta.json.JsonException
          || (t instanceof ProcessingException && t == e)) {
        return BodyParsingExceptionMapper.malformed(locale);
      }
    }
    if (DatabaseOutage.isCause(e)) {
      LOG.warning(() -> "Database unavailable: " + e);
      return Response.fromResponse(
              Problems.of(locale, ErrorKind.UNAVAILABLE, "DATABASE_UNAVAILABLE"))
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unhandled error, incident " + incident, e);
    return Problems.of(
        locale,
        500,
        "Internal Server Error",
        "INTERNAL_ERROR",
        Message.of("INTERNAL_ERROR", incident));
  }
}
