package org.linli.kernel.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.linli.kernel.error.ErrorKind;

/** Malformed JSON or a value of the wrong type: a 400, never a 500. */
@Provider
public class BodyParsingExceptionMapper implements ExceptionMapper<JsonbException> {
  @Override
  public Response toResponse(JsonbException e) {
    return malformed();
  }

  static Response malformed() {
    return Problems.of(
        ErrorKind.INVALID_INPUT,
        "MALFORMED_JSON",
        "请求体不是有效的JSON或字段类型错误 (malformed JSON or a field of the wrong type)");
  }

  /** JSON-P parse errors surface as this type in some code paths. */
  @Provider
  public static class JsonpMapper implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
      return malformed();
    }
  }
}
