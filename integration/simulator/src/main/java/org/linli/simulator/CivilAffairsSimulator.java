package org.linli.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the city's civil-affairs systems, for tests and the demo only (never deployed in
 * Liberty): the 全国志愿服务信息系统's service-record intake over HTTP on loopback. It stores what it
 * accepts, drops repeats by {@code Idempotency-Key}, and can be told to fail.
 *
 * <pre>
 * POST /api/mzt061/service-records   a service record (JSON, MZ/T 061 elements); Idempotency-Key
 *                                    required; 201 stored, 200 a repeat (nothing stored again),
 *                                    401 wrong token (when LINLI_SIM_TOKEN is set), 422 incomplete
 * GET  /control/received[?recordId=X][&amp;tenant=T]  what was stored: [{eventId, recordId, tenant,
 *                                    deliveries, body}] (deliveries counts repeats too)
 * POST /control/failure?status=503[&amp;tenant=T][&amp;times=N][&amp;delayMs=D]
 *                                    answer that status (for tenant T only, if given; N times, or
 *                                    until cleared), after waiting D ms (a slow receiver)
 * POST /control/reset[?tenant=T]     clear the failure rules (of tenant T only, if given)
 * GET  /control/refused?tenant=T     how many deliveries of tenant T were answered with a failure
 * GET  /health                       200
 * </pre>
 *
 * Port: LINLI_SIM_PORT (default 8640), bound to 127.0.0.1.
 */
public final class CivilAffairsSimulator extends IdempotentIntake {
  private static final Pattern STRING_FIELD =
      Pattern.compile(
          "\"(recordId|volunteerName|idNumber|orgName|serviceDate|serviceHours)\"\\s*:\\s*\"([^\"]*)\"");

  private record Failure(String tenant, int status, long delayMs, int[] timesLeft) {}

  private static final class Received {
    final String eventId;
    final String recordId;
    final String tenant;
    final String body;
    final Instant at = Instant.now();
    int deliveries = 1;

    Received(String eventId, String recordId, String tenant, String body) {
      this.eventId = eventId;
      this.recordId = recordId;
      this.tenant = tenant;
      this.body = body;
    }
  }

  private final Map<String, Received> received = new LinkedHashMap<>();
  private final Map<String, Integer> refused = new HashMap<>();
  private final List<Failure> failures = new ArrayList<>();

  private CivilAffairsSimulator(String token) {
    super(token);
  }

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(env("LINLI_SIM_PORT", "8640"));
    String token = env("LINLI_SIM_TOKEN", "");
    CivilAffairsSimulator sim = new CivilAffairsSimulator(token);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.createContext("/api/mzt061/service-records", sim::serviceRecord);
    server.createContext("/control/received", sim::listReceived);
    server.createContext("/control/failure", sim::addFailure);
    server.createContext("/control/reset", sim::reset);
    server.createContext("/control/refused", sim::countRefused);
    server.createContext("/health", x -> answer(x, 200, "{\"status\":\"UP\"}"));
    OutboundIntake.register(server, token);
    SftpSide.start(server, port);
    server.start();
    System.out.println("civil-affairs simulator on http://127.0.0.1:" + port);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private void serviceRecord(HttpExchange x) throws IOException {
    receive(x, null);
  }

  @Override
  boolean simulateFailure(HttpExchange x, String flow, String tenant) throws IOException {
    Failure failure = takeFailure(tenant);
    if (failure == null) {
      return false;
    }
    synchronized (this) {
      refused.merge(String.valueOf(tenant), 1, Integer::sum);
    }
    if (failure.delayMs() > 0) {
      try {
        Thread.sleep(failure.delayMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    answer(x, failure.status(), problem("SIMULATED_FAILURE"));
    return true;
  }

  private static Map<String, String> fields(String body) {
    Map<String, String> fields = new HashMap<>();
    Matcher m = STRING_FIELD.matcher(body);
    while (m.find()) {
      fields.put(m.group(1), m.group(2));
    }
    return fields;
  }

  @Override
  String missingField(String flow, String body) {
    Map<String, String> fields = fields(body);
    for (String required :
        List.of(
            "recordId", "volunteerName", "idNumber", "orgName", "serviceDate", "serviceHours")) {
      if (fields.getOrDefault(required, "").isBlank()) {
        return required;
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
    received.put(key, new Received(key, fields(body).get("recordId"), tenant, body));
    return false;
  }

  private synchronized Failure takeFailure(String tenant) {
    for (Failure f : failures) {
      if (f.tenant() == null || f.tenant().equals(tenant)) {
        if (f.timesLeft()[0] > 0 && --f.timesLeft()[0] == 0) {
          failures.remove(f);
        }
        return f;
      }
    }
    return null;
  }

  private void listReceived(HttpExchange x) throws IOException {
    Map<String, String> q = query(x);
    StringBuilder json = new StringBuilder("[");
    synchronized (this) {
      for (Received r : received.values()) {
        if (q.containsKey("recordId") && !q.get("recordId").equals(r.recordId)) {
          continue;
        }
        if (q.containsKey("tenant") && !q.get("tenant").equals(r.tenant)) {
          continue;
        }
        if (json.length() > 1) {
          json.append(',');
        }
        json.append("{\"eventId\":\"")
            .append(r.eventId)
            .append("\",\"recordId\":\"")
            .append(r.recordId)
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

  private void countRefused(HttpExchange x) throws IOException {
    String tenant = String.valueOf(query(x).get("tenant"));
    int count;
    synchronized (this) {
      count = refused.getOrDefault(tenant, 0);
    }
    answer(x, 200, "{\"count\":" + count + "}");
  }

  private void addFailure(HttpExchange x) throws IOException {
    Map<String, String> q = query(x);
    try {
      int status = Integer.parseInt(q.getOrDefault("status", "503"));
      int times = Integer.parseInt(q.getOrDefault("times", "0"));
      long delay = Long.parseLong(q.getOrDefault("delayMs", "0"));
      synchronized (this) {
        failures.add(new Failure(q.get("tenant"), status, delay, new int[] {times}));
      }
      answer(x, 204, null);
    } catch (NumberFormatException e) {
      answer(x, 400, problem("BAD_NUMBER"));
    }
  }

  private void reset(HttpExchange x) throws IOException {
    Map<String, String> q = query(x);
    synchronized (this) {
      if (q.containsKey("tenant")) {
        failures.removeIf(f -> q.get("tenant").equals(f.tenant()));
      } else {
        failures.clear();
      }
    }
    answer(x, 204, null);
  }
}
