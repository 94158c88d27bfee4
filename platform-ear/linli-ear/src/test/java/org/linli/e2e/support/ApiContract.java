package org.linli.e2e.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi30;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenAPI document the platform serves, and the check that an answer is one it documents: the
 * status, the content type and (for JSON) the body against the schema. {@link Http} runs the check
 * on every answer under {@code /api/}, so the document cannot drift from what the server does.
 */
public final class ApiContract {
  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
  private static volatile ApiContract served;

  private final String text;
  private final JsonObject document;
  private final List<Route> routes;
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(OpenApi30.getInstance());
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** One path template of the document, as a pattern for concrete paths. */
  private record Route(String template, Pattern pattern, JsonObject item) {
    int parameters() {
      return (int) PARAMETER.matcher(template).results().count();
    }
  }

  private ApiContract(String text) {
    this.text = text;
    this.document = Json.createReader(new StringReader(text)).readObject();
    this.routes =
        document.getJsonObject("paths").entrySet().stream()
            .map(e -> new Route(e.getKey(), patternOf(e.getKey()), e.getValue().asJsonObject()))
            // Literal segments win over parameters: .../service-records/overdue before
            // .../service-records/{recordId}.
            .sorted(Comparator.comparingInt(Route::parameters))
            .toList();
  }

  /** The document served by the platform under test, read once. */
  public static ApiContract served() {
    if (served == null) {
      synchronized (ApiContract.class) {
        if (served == null) {
          Http.Resp resp = Http.anonymous().header("Accept", "application/json").get("/openapi");
          if (resp.status() != 200) {
            throw new IllegalStateException("GET /openapi answered " + resp);
          }
          served = new ApiContract(resp.body());
          keepForReading(resp.body());
        }
      }
    }
    return served;
  }

  /** A copy in target/ for whoever reads a failure. */
  private static void keepForReading(String text) {
    try {
      Files.writeString(Path.of("target/openapi.json"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String text() {
    return text;
  }

  public JsonObject document() {
    return document;
  }

  private static Pattern patternOf(String template) {
    StringBuilder regex = new StringBuilder();
    int last = 0;
    var matcher = PARAMETER.matcher(template);
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("[^/]+");
      last = matcher.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).toString());
  }

  /**
   * What is wrong with an answer, or empty when the document allows it (or documents no operation
   * for this method and path, e.g. an unknown path or method: there is nothing to hold it to).
   */
  public Optional<String> mismatch(
      String method, String path, int status, String contentType, String body) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    String verb = method.toLowerCase(Locale.ROOT);
    Optional<Route> route =
        routes.stream().filter(r -> r.pattern().matcher(bare).matches()).findFirst();
    if (route.isEmpty() || !route.get().item().containsKey(verb)) {
      return Optional.empty();
    }
    String operation = method + " " + route.get().template();
    JsonObject responses = route.get().item().getJsonObject(verb).getJsonObject("responses");
    JsonValue documented = responses.get(Integer.toString(status));
    if (documented == null) {
      documented = responses.get("default");
    }
    if (documented == null) {
      return Optional.of(
          operation
              + " answered "
              + status
              + ", which is not documented (documented: "
              + responses.keySet()
              + ")");
    }
    JsonObject response = resolve(documented.asJsonObject());
    JsonObject content = response.getJsonObject("content");
    boolean hasBody = body != null && !body.isEmpty();
    if (!hasBody) {
      return content == null || status == 204 || status >= 300
          ? Optional.empty()
          : Optional.of(operation + " answered " + status + " without the documented body");
    }
    if (content == null) {
      return Optional.of(operation + " answered " + status + " with an undocumented body");
    }
    String mediaType = mediaTypeOf(contentType);
    String key =
        content.containsKey(mediaType) ? mediaType : content.containsKey("*/*") ? "*/*" : null;
    if (key == null) {
      return Optional.of(
          operation
              + " answered "
              + status
              + " as "
              + contentType
              + ", documented: "
              + content.keySet());
    }
    JsonObject media = content.getJsonObject(key);
    if (!isJson(mediaType) || !media.containsKey("schema")) {
      return Optional.empty();
    }
    List<Error> errors;
    try {
      errors =
          schemaOf(route.get().template(), verb, status, key, media)
              .validate(body, InputFormat.JSON);
    } catch (RuntimeException e) {
      return Optional.of(operation + " answered " + status + " with a body that is not JSON: " + e);
    }
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        operation
            + " answered "
            + status
            + " with a body that does not match the document: "
            + errors.stream().limit(5).map(Error::toString).collect(Collectors.joining("; "))
            + "\nbody: "
            + abbreviate(body));
  }

  private JsonObject resolve(JsonObject response) {
    if (!response.containsKey("$ref")) {
      return response;
    }
    String name = response.getString("$ref").substring("#/components/responses/".length());
    return document.getJsonObject("components").getJsonObject("responses").getJsonObject(name);
  }

  /**
   * The documented schema as a document of its own that carries the components beside it, so the
   * {@code #/components/schemas/...} references inside resolve as they do in the OpenAPI document.
   */
  private Schema schemaOf(String template, String verb, int status, String key, JsonObject media) {
    return schemas.computeIfAbsent(
        template + " " + verb + " " + status + " " + key,
        k ->
            registry.getSchema(
                Json.createObjectBuilder()
                    .add("allOf", Json.createArrayBuilder().add(media.get("schema")))
                    .add("components", document.getJsonObject("components"))
                    .build()
                    .toString(),
                InputFormat.JSON));
  }

  private static String mediaTypeOf(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static String abbreviate(String body) {
    return body.length() <= 600 ? body : body.substring(0, 600) + "...";
  }

  /** Lists a mismatch without failing (while the document is being brought in line). */
  static synchronized void report(String mismatch) {
    try {
      Files.writeString(
          Path.of("target/contract-mismatches.txt"),
          mismatch.replace('\n', ' ') + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every operation as method and template, e.g. {@code POST /api/v1/platform/orgs}. */
  public List<String> operations() {
    List<String> all = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject().keySet().stream()
                    .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                    .forEach(m -> all.add(m.toUpperCase(Locale.ROOT) + " " + path)));
    return all;
  }
}
