package org.linli.kernel.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linli.kernel.error.Message;

/**
 * The JAX-RS runtime's own errors (unknown path, wrong method or media type, unreadable body) as
 * problem+json. Their messages are not echoed: they may contain parser internals.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    String code =
        switch (status) {
          case 400 -> "MALFORMED_REQUEST";
          case 401 -> "UNAUTHENTICATED";
          case 403 -> "FORBIDDEN";
          case 404 -> "NOT_FOUND";
          case 405 -> "METHOD_NOT_ALLOWED";
          case 406 -> "NOT_ACCEPTABLE";
          case 415 -> "UNSUPPORTED_MEDIA_TYPE";
          default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REJECTED";
        };
    if (status >= 500) {
      LOG.log(Level.SEVERE, "Unexpected web application error", e);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    Message detail = status == 400 ? Message.of("MALFORMED_REQUEST") : null;
    return Problems.of(Problems.language(headers), status, title, code, detail);
  }
}
