package org.linli.platform.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The shared pieces every operation refers to: the RFC 9457 {@code Problem} (as built by the
 * kernel's {@code Problems}), one response per problem status, and the request headers the server
 * honours ({@code Idempotency-Key}, {@code If-Match}).
 */
final class ContractComponents {
  static final String PROBLEM_JSON = "application/problem+json";

  /** Problem answers by status, each a component under {@code #/components/responses}. */
  static final Map<String, ProblemAnswer> ANSWERS =
      Map.ofEntries(
          Map.entry(
              "400",
              new ProblemAnswer(
                  "BadRequest",
                  "Malformed request, or invalid fields, query or path parameters (errors[] names"
                      + " each field)")),
          Map.entry("401", new ProblemAnswer("Unauthorized", "No valid access token")),
          Map.entry(
              "403",
              new ProblemAnswer(
                  "Forbidden", "The caller lacks the role (or membership) the operation needs")),
          Map.entry(
              "404",
              new ProblemAnswer("NotFound", "Nothing with these path identifiers is visible")),
          Map.entry(
              "409",
              new ProblemAnswer(
                  "Conflict",
                  "Conflicts with the current state (a duplicate, a state that does not allow it,"
                      + " or the same Idempotency-Key still running)")),
          Map.entry(
              "412", new ProblemAnswer("PreconditionFailed", "If-Match names a stale version")),
          Map.entry(
              "415", new ProblemAnswer("UnsupportedMediaType", "The body is not application/json")),
          Map.entry(
              "422",
              new ProblemAnswer(
                  "UnprocessableContent",
                  "A business rule refuses it (or the Idempotency-Key was used with another"
                      + " body)")),
          Map.entry("428", new ProblemAnswer("PreconditionRequired", "If-Match is missing")),
          Map.entry(
              "429",
              new ProblemAnswer(
                  "TooManyRequests",
                  "RATE_LIMITED: too many requests from this client address to the public"
                      + " endpoints; GATEWAY_RATE_LIMITED: more gateway messages than the rate"
                      + " agreed for the organization; Retry-After says when to try again")),
          Map.entry(
              "503",
              new ProblemAnswer(
                  "ServiceUnavailable",
                  "A service it depends on is missing or down: the database"
                      + " (DATABASE_UNAVAILABLE, with Retry-After; retry with the same"
                      + " Idempotency-Key), the identity provider, certificate keys")));

  static final String IDEMPOTENCY_KEY = "IdempotencyKey";
  static final String IF_MATCH = "IfMatch";
  static final String LOCATION = "Location";
  static final String ETAG = "ETag";

  record ProblemAnswer(String component, String description) {}

  private ContractComponents() {}

  static void addTo(Components components) {
    components.addSchema("FieldError", fieldError());
    components.addSchema("Problem", problem());
    ANSWERS.values().forEach(a -> components.addResponse(a.component(), answer(a.description())));
    components
        .getResponses()
        .get(ANSWERS.get("429").component())
        .addHeader(
            "Retry-After",
            createHeader()
                .description("Seconds until the next request is accepted")
                .schema(createSchema().type(SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
    components
        .getResponses()
        .get(ANSWERS.get("503").component())
        .addHeader(
            "Retry-After",
            createHeader()
                .description("Seconds after which a retry is likely to succeed")
                .schema(createSchema().type(SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
    components.addParameter(IDEMPOTENCY_KEY, idempotencyKey());
    components.addParameter(IF_MATCH, ifMatch());
    components.addHeader(
        LOCATION,
        createHeader()
            .description("Where the created resource can be read")
            .schema(createSchema().type(SchemaType.STRING).format("uri-reference")));
    components.addHeader(
        ETAG,
        createHeader()
            .description("The entity version; send it back in If-Match to update")
            .schema(string()));
  }

  private static Schema string() {
    return createSchema().type(SchemaType.STRING);
  }

  private static Schema fieldError() {
    return createSchema()
        .type(SchemaType.OBJECT)
        .description("One refused field")
        .required(List.of("field", "code", "message"))
        .addProperty("field", string().description("The field's name or JSON path"))
        .addProperty("code", string().description("Stable UPPER_SNAKE_CASE code"))
        .addProperty("message", string());
  }

  private static Schema problem() {
    return createSchema()
        .type(SchemaType.OBJECT)
        .description("RFC 9457 problem details with a stable code")
        .required(List.of("type", "title", "status", "code"))
        .addProperty("type", string().format("uri-reference"))
        .addProperty("title", string())
        .addProperty(
            "status",
            createSchema()
                .type(SchemaType.INTEGER)
                .format("int32")
                .minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)))
        .addProperty(
            "code",
            string().pattern("^[A-Z][A-Z0-9_]*$").description("Stable UPPER_SNAKE_CASE code"))
        .addProperty("detail", string())
        .addProperty("instance", string().format("uri-reference"))
        .addProperty(
            "errors",
            createSchema()
                .type(SchemaType.ARRAY)
                .description("Per-field errors (400 only)")
                .items(createSchema().ref("FieldError")));
  }

  private static APIResponse answer(String description) {
    return createAPIResponse()
        .description(description)
        .content(
            createContent()
                .addMediaType(
                    PROBLEM_JSON, createMediaType().schema(createSchema().ref("Problem"))));
  }

  private static Parameter idempotencyKey() {
    return createParameter()
        .name("Idempotency-Key")
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "Makes a retry safe: the same key and body answer the first response again"
                + " (Idempotent-Replayed: true); another body is 422, a first request still"
                + " running 409")
        .schema(string().pattern("^[\\x21-\\x7E]{1,100}$"));
  }

  private static Parameter ifMatch() {
    return createParameter()
        .name("If-Match")
        .in(Parameter.In.HEADER)
        .required(true)
        .description("The ETag last read; missing is 428, stale is 412")
        .schema(string());
  }

  static APIResponse ref(String component) {
    return OASFactory.createAPIResponse().ref(component);
  }
}
