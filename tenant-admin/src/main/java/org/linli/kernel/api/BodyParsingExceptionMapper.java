package org.linli.kernel.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.linli.kernel.error.ErrorKind;

/** Malformed JSON or a value of the wrong type: a 400, never a 500. */
@Provider
public class BodyParsingExceptionMapper implements ExceptionMapper<JsonbException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException e) {
    return malformed(Problems.language(headers));
  }

  static Response malformed(Locale locale) {
    return Problems.of(locale, ErrorKind.INVALID_INPUT, "MALFORMED_JSON");
  }

  /** JSON-P parse errors surface as this type in some code paths. */
  @Provider
  public static class JsonpMapper implements ExceptionMapper<JsonException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(JsonException e) {
      return malformed(Problems.language(headers));
    }
  }
}
