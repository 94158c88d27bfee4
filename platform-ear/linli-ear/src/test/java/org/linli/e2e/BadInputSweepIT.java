package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.BadInputs;
import org.linli.e2e.support.BadInputs.BadInput;
import org.linli.e2e.support.DatabaseSnapshot;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.TestEnv;

/**
 * Every POST, PUT and PATCH with a JSON body that the OpenAPI document lists gets malformed input
 * generated from its request schema (control characters, lone surrogates and invalid UTF-8 in each
 * string, wrong JSON types, fractions and huge numbers, a top-level array, trailing content,
 * unknown fields, duplicate keys, deep nesting). Each answer must be the 400 problem naming the
 * field, and no row of any table may change.
 *
 * <p>Requests go to the demo organization as a member the endpoint admits: the body is read only
 * after access control, so an answer from the strict reader proves the body was reached. The reader
 * runs before the resource method, so ids in the path need not exist (nothing looks them up before
 * the body is refused), and neither If-Match nor an existing entity is needed.
 */
class BadInputSweepIT {
  private static final String ORG = "sunshine-sw";
  private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch");
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final String KEY_PREFIX = "sweep-";

  /**
   * idempotency_record: an endpoint that demands an Idempotency-Key stores the refusal under the
   * key it was sent (a retry with that key gets the same 400), so rows with the sweep's own keys
   * are left out of the comparison and checked separately: nothing else may change there.
   */
  private static final Map<String, String> ROW_FILTERS =
      Map.of("public.idempotency_record", "idem_key NOT LIKE '" + KEY_PREFIX + "%'");

  private record Operation(String method, String path, JsonObject schema) {
    String label() {
      return method.toUpperCase() + " " + path;
    }
  }

  /** Logins that tried in order reach every endpoint: the org admin, then other roles. */
  private static final class Logins {
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Instant> fetched = new LinkedHashMap<>();

    Logins() {
      String demo = TestEnv.get("LINLI_DEMO_PASSWORD");
      passwords.put("admin@sunshine.demo", demo);
      passwords.put("zhang.wei@volunteer.demo", demo);
      passwords.put("finance@sunshine.demo", demo);
      passwords.put("staff@sunshine.demo", demo);
      passwords.put("platform.admin", TestEnv.get("LINLI_PLATFORM_ADMIN_PASSWORD"));
    }

    List<String> names() {
      return List.copyOf(passwords.keySet());
    }

    /** A token at most a minute old (they live five minutes; the sweep takes longer). */
    String token(String login) {
      Instant at = fetched.get(login);
      if (at == null || at.isBefore(Instant.now().minusSeconds(60))) {
        tokens.put(login, Keycloak.token(login, passwords.get(login)));
        fetched.put(login, Instant.now());
      }
      return tokens.get(login);
    }
  }

  @Test
  void everyWriteOperationRefusesBadInputWithAFieldErrorAndWritesNothing() {
    Logins logins = new Logins();
    // Each login's first request may record it (e.g. link the subject): done before the snapshot.
    for (String login : logins.names()) {
      send("GET", "/api/v1/me", logins.token(login), Map.of(), null);
    }
    // The province gateway's push (ADR 0021) is signed, not logged in: its signature is checked
    // before the body is read, so no token reaches the body; InboundIT sends it bad input signed.
    List<Operation> operations =
        new ArrayList<>(
            operations(openApi()).stream()
                .filter(op -> !op.path().startsWith("/api/v1/gateway/"))
                .toList());
    assertTrue(operations.size() >= 40, "write operations found: " + operations.size());

    Map<String, String> before = DatabaseSnapshot.take(ROW_FILTERS);
    List<String> failures = new ArrayList<>();
    List<String> sentKeys = new ArrayList<>();
    int sent = 0;
    for (Operation op : operations) {
      String path = concrete(op.path());
      Reach reach = reach(op, path, logins, sentKeys);
      if (reach == null) {
        failures.add(op.label() + ": no login reaches the body (every answer 401/403)");
        continue;
      }
      for (BadInput bad : BadInputs.of(openApiDoc, op.schema())) {
        Map<String, String> headers = headers(reach.idempotent(), sentKeys);
        HttpResponse<String> resp =
            send(op.method().toUpperCase(), path, logins.token(reach.login()), headers, bad.body());
        sent++;
        String mismatch = mismatch(resp, bad);
        if (mismatch != null) {
          failures.add(op.label() + " [" + bad.name() + "]: " + mismatch);
        }
      }
    }
    Map<String, String> after = DatabaseSnapshot.take(ROW_FILTERS);

    assertTrue(sent >= 10 * operations.size(), "bad inputs sent: " + sent);
    assertEquals(List.of(), DatabaseSnapshot.changed(before, after), "tables changed by refusals");
    assertSweepKeysStoredOnlyRefusals(sentKeys);
    assertTrue(
        failures.isEmpty(),
        failures.size() + " of " + sent + " answers were wrong:\n" + String.join("\n", failures));
  }

  private record Reach(String login, boolean idempotent) {}

  /**
   * The first login whose top-level-array probe reaches the body reader; endpoints demanding an
   * Idempotency-Key get a fresh one on every request.
   */
  private Reach reach(Operation op, String path, Logins logins, List<String> sentKeys) {
    List<String> candidates =
        path.startsWith("/api/v1/platform/") ? List.of("platform.admin") : logins.names();
    byte[] probe = "[]".getBytes(StandardCharsets.UTF_8);
    for (String login : candidates) {
      for (boolean idempotent : new boolean[] {false, true}) {
        HttpResponse<String> resp =
            send(
                op.method().toUpperCase(),
                path,
                logins.token(login),
                headers(idempotent, sentKeys),
                probe);
        String code = code(resp);
        if ("INVALID_TYPE".equals(code)) {
          return new Reach(login, idempotent);
        }
        if (!"IDEMPOTENCY_KEY_REQUIRED".equals(code)) {
          break;
        }
      }
    }
    return null;
  }

  private static Map<String, String> headers(boolean idempotent, List<String> sentKeys) {
    if (!idempotent) {
      return Map.of();
    }
    String key = KEY_PREFIX + UUID.randomUUID();
    sentKeys.add(key);
    return Map.of("Idempotency-Key", key);
  }

  /**
   * Null when the answer is the expected 400 problem (for a bad input without an expected code: any
   * 4xx problem with a stable code), else what was wrong with it.
   */
  private static String mismatch(HttpResponse<String> resp, BadInput bad) {
    String type = resp.headers().firstValue("Content-Type").orElse("");
    boolean expectedStatus =
        bad.code() == null
            ? resp.statusCode() >= 400 && resp.statusCode() < 500
            : resp.statusCode() == 400;
    if (!expectedStatus || !type.startsWith("application/problem+json")) {
      return "expected 400 problem+json "
          + bad.code()
          + ", got "
          + resp.statusCode()
          + " "
          + type
          + " "
          + resp.body();
    }
    JsonObject problem = Json.createReader(new StringReader(resp.body())).readObject();
    String code = problem.getString("code", null);
    if (bad.code() == null) {
      return code != null && code.matches("[A-Z][A-Z0-9_]+")
          ? null
          : "no stable code: " + resp.body();
    }
    if (!bad.code().equals(code)) {
      return "expected code " + bad.code() + ", got " + resp.body();
    }
    if (bad.field() == null) {
      return null;
    }
    var errors = problem.getJsonArray("errors");
    if (errors == null || errors.isEmpty()) {
      return "expected a field error for " + bad.field() + ", got " + resp.body();
    }
    JsonObject error = errors.getJsonObject(0);
    if (!bad.field().equals(error.getString("field", null))
        || !bad.code().equals(error.getString("code", null))) {
      return "expected field error " + bad.field() + " " + bad.code() + ", got " + resp.body();
    }
    return null;
  }

  private static void assertSweepKeysStoredOnlyRefusals(List<String> sentKeys) {
    if (sentKeys.isEmpty()) {
      return;
    }
    try (var c = java.sql.DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        var s =
            c.prepareStatement(
                "SELECT count(*) FROM idempotency_record WHERE idem_key LIKE ?"
                    + " AND (response_status IS NULL OR response_status NOT BETWEEN 400 AND 499)")) {
      s.setString(1, KEY_PREFIX + "%");
      try (var r = s.executeQuery()) {
        r.next();
        assertEquals(0, r.getLong(1), "sweep keys that stored anything but a 4xx");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String code(HttpResponse<String> resp) {
    if (!resp.headers()
        .firstValue("Content-Type")
        .orElse("")
        .startsWith("application/problem+json")) {
      return null;
    }
    return Json.createReader(new StringReader(resp.body())).readObject().getString("code", null);
  }

  private static JsonObject openApiDoc;

  private static JsonObject openApi() {
    HttpResponse<String> resp =
        send("GET", "/openapi?format=JSON", null, Map.of("Accept", "application/json"), null);
    assertEquals(200, resp.statusCode(), resp::body);
    openApiDoc = Json.createReader(new StringReader(resp.body())).readObject();
    return openApiDoc;
  }

  /** Every POST/PUT/PATCH whose request body is JSON with a schema. */
  private static List<Operation> operations(JsonObject doc) {
    List<Operation> ops = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
        if (!WRITE_METHODS.contains(method.getKey())) {
          continue;
        }
        JsonObject body = method.getValue().asJsonObject().getJsonObject("requestBody");
        JsonObject content = body == null ? null : body.getJsonObject("content");
        JsonObject json = content == null ? null : content.getJsonObject("application/json");
        if (json != null && json.getJsonObject("schema") != null) {
          ops.add(new Operation(method.getKey(), path.getKey(), json.getJsonObject("schema")));
        }
      }
    }
    return ops;
  }

  /** The demo organization for {org}; a plausible value for every other path parameter. */
  private static String concrete(String template) {
    Matcher m = PATH_PARAM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "org", "orgId" -> ORG;
            case "role" -> "staff";
            case "period" -> "2026-01";
            default -> "sweep-" + m.group(1);
          };
      m.appendReplacement(out, value);
    }
    m.appendTail(out);
    return out.toString().startsWith("/api") ? out.toString() : "/api" + out;
  }

  private static HttpResponse<String> send(
      String method, String path, String token, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + path))
            .timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      return CLIENT.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
