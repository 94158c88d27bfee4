package org.linli.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated receivers of the outbound flows beyond MZ/T 061: the 全国志愿服务信息系统's certificate
 * intake, the provincial e-receipt platform and the city 养老服务 platform (settlements, monthly
 * statistics). Each stores what it accepts once per {@code Idempotency-Key} (201; a repeat 200) and
 * checks the flow's required fields (422 when one is missing).
 *
 * <pre>
 * POST /api/flows/{flow}             flow: volunteer-certificates, donation-receipts,
 *                                    contract-settlements, home-care-statistics
 * GET  /control/flows/received?flow=F[&amp;tenant=T][&amp;key=K]   [{eventId, tenant, deliveries, body}]
 * GET  /control/flows/count?flow=F[&amp;tenant=T]   {"events":n,"deliveries":m} (for the benchmark)
 * POST /control/flows/failure?flow=F[&amp;tenant=T]&amp;mode=status|hang|drop[&amp;status=503][&amp;times=N]
 *                                    [&amp;delayMs=D]   status: answer it; hang: hold the request
 *                                    until released or D ms; drop: close without an answer
 * POST /control/flows/reset[?tenant=T]   clear the rules (of T) and release hung requests
 * GET  /control/flows/refused?flow=F&amp;tenant=T   deliveries answered with a failure
 * </pre>
 */
final class OutboundIntake extends IdempotentIntake {
  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "volunteer-certificates",
          List.of(
              "eventId", "certificateNo", "volunteerName", "orgName", "issueDate", "totalHours"),
          "donation-receipts",
          List.of("eventId", "receiptCode", "receiptNumber", "payerName", "issuedOn", "amount"),
          "contract-settlements",
          List.of("eventId", "settlementId", "contractId", "month", "amountDue"),
          "home-care-statistics",
          List.of("eventId", "buyerOrg", "month"));

  private record Rule(
      String flow, String tenant, String mode, int status, long delayMs, int[] timesLeft) {}

  private static final class Received {
    final String flow;
    final String eventId;
    final String tenant;
    final String body;
    final Instant at = Instant.now();
    int deliveries = 1;

    Received(String flow, String eventId, String tenant, String body) {
      this.flow = flow;
      this.eventId = eventId;
      this.tenant = tenant;
      this.body = body;
    }
  }

  private final Map<String, Received> received = new LinkedHashMap<>();
  private final Map<String, Integer> refused = new HashMap<>();
  private final List<Rule> rules = new ArrayList<>();
  private volatile CountDownLatch release = new CountDownLatch(1);

  private OutboundIntake(String token) {
    super(token);
  }

  /** Adds the intake and its control API to {@code server}. */
  static void register(HttpServer server, String token) {
    OutboundIntake intake = new OutboundIntake(token);
    server.createContext("/api/flows/", intake::accept);
    server.createContext("/control/flows/received", intake::list);
    server.createContext("/control/flows/count", intake::count);
    server.createContext("/control/flows/failure", intake::addRule);
    server.createContext("/control/flows/reset", intake::reset);
    server.createContext("/control/flows/refused", intake::refused);
  }

  private void accept(HttpExchange x) throws IOException {
    String flow = x.getRequestURI().getPath().substring("/api/flows/".length());
    if (!REQUIRED.containsKey(flow)) {
      answer(x, 404, problem("UNKNOWN_FLOW"));
      return;
    }
    receive(x, flow);
  }

  @Override
  boolean simulateFailure(HttpExchange x, String flow, String tenant) throws IOException {
    Rule rule = takeRule(flow, tenant);
    if (rule == null) {
      return false;
    }
    synchronized (this) {
      refused.merge(flow + "|" + tenant, 1, Integer::sum);
    }
    switch (rule.mode()) {
      case "hang" -> {
        try {
          release.await(rule.delayMs() > 0 ? rule.delayMs() : 120_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        answer(x, 503, problem("SIMULATED_HANG"));
      }
      case "drop" -> x.close();
      default -> answer(x, rule.status(), problem("SIMULATED_FAILURE"));
    }
    return true;
  }

  @Override
  String missingField(String flow, String body) {
    for (String field : REQUIRED.get(flow)) {
      if (!present(body, field)) {
        return field;
      }
    }
    return null;
  }

  @Override
  synchronized boolean storeOnce(String flow, String key, String tenant, String body) {
    Received before = received.get(key);
    if (before != null) {
      before.deliveries++;
      return true;
    }
    received.put(key, new Received(flow, key, tenant, body));
    return false;
  }

  /** A field is present when it is a non-empty string or a number. */
  private static boolean present(String body, String field) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(\"([^\"]*)\"|-?[0-9])")
            .matcher(body);
    return m.find() && (m.group(2) == null || !m.group(2).isBlank());
  }

  private synchronized Rule takeRule(String flow, String tenant) {
    for (Rule r : rules) {
      if ((r.flow() == null || r.flow().equals(flow))
          && (r.tenant() == null || r.tenant().equals(tenant))) {
        if (r.timesLeft()[0] > 0 && --r.timesLeft()[0] == 0) {
          rules.remove(r);
        }
        return r;
      }
    }
    return null;
  }

  private void list(HttpExchange x) throws IOException {
    Map<String, String> q = query(x);
    StringBuilder json = new StringBuilder("[");
    synchronized (this) {
      for (Received r : received.values()) {
        if (!matches(q, r)) {
          continue;
        }
        if (q.containsKey("key") && !q.get("key").equals(r.eventId)) {
          continue;
        }
        if (json.length() > 1) {
          json.append(',');
        }
        json.append("{\"flow\":\"")
            .append(r.flow)
            .append("\",\"eventId\":\"")
            .append(r.eventId)
            .append("\",\"tenant\":\"")
            .append(r.tenant)
            .append("\",\"deliveries\":")
            .append(r.deliveries)
            .append(",\"receivedAt\":\"")
            .append(r.at)
            .append("\",\"body\":")
            .append(r.body)
            .append('}');
      }
    }
    answer(x, 200, json.append(']').toString());
  }

  private void count(HttpExchange x) throws IOException {
    Map<String, String> q = query(x);
    long events = 0;
    long deliveries = 0;
    synchronized (this) {
      for (Received r : received.values()) {
        if (matches(q, r)) {
          events++;
          deliveries += r.deliveries;
        }
      }
    }
    answer(x, 200, "{\"events\":" + events + ",\"deliveries\":" + deliveries + "}");
  }

  private static boolean matches(Map<String, String> q, Received r) {
    return (!q.containsKey("flow") || q.get("flow").equals(r.flow))
        && (!q.containsKey("tenant") || q.get("tenant").equals(r.tenant));
  }

  private void addRule(HttpExchange x) throws IOException {
    Map<String, String> q = query(x);
    String mode = q.getOrDefault("mode", "status");
    if (!List.of("status", "hang", "drop").contains(mode)) {
      answer(x, 400, "{\"code\":\"BAD_MODE\"}");
      return;
    }
    try {
      Rule rule =
          new Rule(
              q.get("flow"),
              q.get("tenant"),
              mode,
              Integer.parseInt(q.getOrDefault("status", "503")),
              Long.parseLong(q.getOrDefault("delayMs", "0")),
              new int[] {Integer.parseInt(q.getOrDefault("times", "0"))});
      synchronized (this) {
        rules.add(rule);
      }
      answer(x, 204, null);
    } catch (NumberFormatException e) {
      answer(x, 400, "{\"code\":\"BAD_NUMBER\"}");
    }
  }

  private void reset(HttpExchange x) throws IOException {
    Map<String, String> q = query(x);
    synchronized (this) {
      if (q.containsKey("tenant")) {
        rules.removeIf(r -> q.get("tenant").equals(r.tenant()));
      } else {
        rules.clear();
      }
    }
    CountDownLatch hung = release;
    release = new CountDownLatch(1);
    hung.countDown();
    answer(x, 204, null);
  }

  private void refused(HttpExchange x) throws IOException {
    Map<String, String> q = query(x);
    int n;
    synchronized (this) {
      n = refused.getOrDefault(q.get("flow") + "|" + q.get("tenant"), 0);
    }
    answer(x, 200, "{\"count\":" + n + "}");
  }
}
