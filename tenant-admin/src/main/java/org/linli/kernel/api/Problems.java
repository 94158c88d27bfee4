package org.linli.kernel.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;
import org.linli.kernel.error.Message;
import org.linli.kernel.i18n.Languages;
import org.linli.kernel.i18n.LegacyText;
import org.linli.kernel.i18n.ProblemMessages;

/**
 * Builds RFC 9457 problem+json responses with a stable {@code code} member, {@code detail} and
 * field messages in the negotiated language, and {@code Content-Language}.
 */
public final class Problems {
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private Problems() {}

  /** The language to answer in, from the request's {@code Accept-Language}. */
  public static Locale language(HttpHeaders headers) {
    try {
      return Languages.negotiate(
          headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    } catch (RuntimeException outsideARequest) {
      return Languages.DEFAULT;
    }
  }

  public static Response of(DomainException e, Locale locale) {
    String detail = text(locale, e.text(), e.detail(), "kind." + e.kind().name());
    List<RenderedField> fields =
        e.fieldErrors().stream()
            .map(f -> new RenderedField(f.field(), f.code(), fieldText(locale, f)))
            .toList();
    return build(e.kind().status(), e.kind().title(), e.code(), detail, fields, locale);
  }

  /** A problem of a kind, its code's text formatted with {@code args}. */
  public static Response of(Locale locale, ErrorKind kind, String code, Object... args) {
    String detail = text(locale, Message.of(code, args), null, "kind." + kind.name());
    return build(kind.status(), kind.title(), code, detail, List.of(), locale);
  }

  /** A problem with any status; {@code text} may be null for none. */
  public static Response of(Locale locale, int status, String title, String code, Message text) {
    String detail = text == null ? null : text(locale, text, null, null);
    return build(status, title, code, detail, List.of(), locale);
  }

  /** Old style, answered in the default language. */
  public static Response of(DomainException e) {
    return of(e, Languages.DEFAULT);
  }

  /** Old style, answered in the default language. */
  public static Response of(ErrorKind kind, String code, String detail) {
    return of(kind.status(), kind.title(), code, detail, List.of());
  }

  /** Old style, answered in the default language. */
  public static Response of(
      int status, String title, String code, String detail, List<FieldError> fieldErrors) {
    Locale locale = Languages.DEFAULT;
    String text = text(locale, Message.of(code), detail, null);
    List<RenderedField> fields =
        fieldErrors.stream()
            .map(f -> new RenderedField(f.field(), f.code(), fieldText(locale, f)))
            .toList();
    return build(status, title, code, detail == null ? null : text, fields, locale);
  }

  /**
   * The bundle text; else the old-style literal in the asked language; else the fallback key's
   * text. Never a raw key.
   */
  static String text(Locale locale, Message message, String legacy, String fallbackKey) {
    return ProblemMessages.format(locale, message.key(), message.args())
        .or(() -> java.util.Optional.ofNullable(LegacyText.pick(legacy, locale)))
        .or(() -> ProblemMessages.format(locale, fallbackKey, List.of()))
        .orElse(null);
  }

  private static String fieldText(Locale locale, FieldError f) {
    return text(locale, f.text(), f.message(), "FIELD_INVALID");
  }

  private record RenderedField(String field, String code, String message) {}

  private static Response build(
      int status,
      String title,
      String code,
      String detail,
      List<RenderedField> fieldErrors,
      Locale locale) {
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
      for (RenderedField f : fieldErrors) {
        JsonObjectBuilder error =
            Json.createObjectBuilder().add("field", f.field()).add("code", f.code());
        error.add("message", f.message() == null ? f.code() : f.message());
        errors.add(error);
      }
      body.add("errors", errors);
    }
    Response.ResponseBuilder response =
        Response.status(status)
            .type(PROBLEM_JSON)
            .header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(locale))
            .entity(body.build().toString());
    if (status == 401) {
      response.header("WWW-Authenticate", "Bearer realm=\"linli\"");
    }
    return response.build();
  }
}
