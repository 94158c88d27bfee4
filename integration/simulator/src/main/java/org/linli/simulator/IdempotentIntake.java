package org.linli.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The handler skeleton every simulated receiver shares: POST only (405), the sender's tenant from
 * {@code X-Linli-Tenant}, a failure rule the tests set (answered by the receiver itself), the
 * bearer token when one is configured (401), {@code Idempotency-Key} required (400), the receiver's
 * required fields (422 {@code MISSING_<field>}), then stored once per key: 201, a repeat 200, both
 * {@code {"receiptId":key,"repeat":bool}}.
 */
abstract class IdempotentIntake {
  private final String token;

  IdempotentIntake(String token) {
    this.token = token;
  }

  /**
   * When a failure rule applies to this delivery of {@code flow} (null: the MZ/T 061 intake) for
   * {@code tenant}: counts it as refused, answers it and returns true.
   */
  abstract boolean simulateFailure(HttpExchange x, String flow, String tenant) throws IOException;

  /** The first required field of {@code flow} the body lacks, or null when complete. */
  abstract String missingField(String flow, String body);

  /** Stores the delivery under {@code key} unless it was stored before; true for a repeat. */
  abstract boolean storeOnce(String flow, String key, String tenant, String body);

  /** The skeleton: one delivery of {@code flow}. */
  final void receive(HttpExchange x, String flow) throws IOException {
    if (!"POST".equals(x.getRequestMethod())) {
      answer(x, 405, problem("METHOD_NOT_ALLOWED"));
      return;
    }
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String tenant = header(x, "X-Linli-Tenant");
    if (simulateFailure(x, flow, tenant)) {
      return;
    }
    if (!token.isEmpty() && !("Bearer " + token).equals(header(x, "Authorization"))) {
      answer(x, 401, problem("UNAUTHORIZED"));
      return;
    }
    String key = header(x, "Idempotency-Key");
    if (key == null || key.isBlank()) {
      answer(x, 400, problem("IDEMPOTENCY_KEY_REQUIRED"));
      return;
    }
    String missing = missingField(flow, body);
    if (missing != null) {
      answer(x, 422, problem("MISSING_" + missing));
      return;
    }
    boolean repeat = storeOnce(flow, key, tenant, body);
    answer(x, repeat ? 200 : 201, "{\"receiptId\":\"" + key + "\",\"repeat\":" + repeat + "}");
  }

  static String header(HttpExchange x, String name) {
    return x.getRequestHeaders().getFirst(name);
  }

  static String problem(String code) {
    return "{\"code\":\"" + code + "\"}";
  }

  static Map<String, String> query(HttpExchange x) {
    Map<String, String> q = new HashMap<>();
    String raw = x.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          q.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return q;
  }

  /** Answers {@code json} (UTF-8), or no body when null. */
  static void answer(HttpExchange x, int status, String json) throws IOException {
    if (json == null) {
      x.sendResponseHeaders(status, -1);
      x.close();
      return;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
