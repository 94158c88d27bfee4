package org.linli.kernel.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;

/** Builds RFC 9457 problem+json responses with a stable {@code code} member. */
public final class Problems {
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private Problems() {}

  public static Response of(DomainException e) {
    return of(e.kind().status(), e.kind().title(), e.code(), e.getMessage(), e.fieldErrors());
  }

  public static Response of(ErrorKind kind, String code, String detail) {
    return of(kind.status(), kind.title(), code, detail, List.of());
  }

  public static Response of(
      int status, String title, String code, String detail, List<FieldError> fieldErrors) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "urn:linli:problem:" + code)
            .add("title", title)
            .add("status", status)
            .add("code", code);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (!fieldErrors.isEmpty()) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      for (FieldError f : fieldErrors) {
        errors.add(
            Json.createObjectBuilder()
                .add("field", f.field())
                .add("code", f.code())
                .add("message", f.message()));
      }
      body.add("errors", errors);
    }
    Response.ResponseBuilder response =
        Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    if (status == 401) {
      response.header("WWW-Authenticate", "Bearer realm=\"linli\"");
    }
    return response.build();
  }
}
