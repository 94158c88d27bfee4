package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The simulator's intake of the outbound flows beyond MZ/T 061 (integration/simulator,
 * OutboundIntake): what it received per flow and tenant, and failure rules (status, hang, drop)
 * scoped to one flow and tenant.
 */
public final class FlowSimulator {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private FlowSimulator() {}

  private static String send(String method, String pathAndQuery) {
    try {
      HttpResponse<String> r =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(TestEnv.get("LINLI_TEST_SIM_URL") + pathAndQuery))
                  .timeout(Duration.ofSeconds(10))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() >= 300) {
        throw new IllegalStateException("simulator " + pathAndQuery + ": " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** What {@code flow} (e.g. "donation-receipts") stored for {@code tenant}, one per event id. */
  public static JsonArray received(String flow, String tenant) {
    try (var reader =
        Json.createReader(
            new StringReader(
                send("GET", "/control/flows/received?flow=" + q(flow) + "&tenant=" + q(tenant))))) {
      return reader.readArray();
    }
  }

  public static int refused(String flow, String tenant) {
    try (var reader =
        Json.createReader(
            new StringReader(
                send("GET", "/control/flows/refused?flow=" + q(flow) + "&tenant=" + q(tenant))))) {
      return reader.readObject().getInt("count");
    }
  }

  /** Answers {@code status} ({@code times} times; 0: until reset) to the tenant's deliveries. */
  public static void fail(String flow, String tenant, int status, int times) {
    send(
        "POST",
        "/control/flows/failure?mode=status&flow="
            + q(flow)
            + "&tenant="
            + q(tenant)
            + "&status="
            + status
            + "&times="
            + times);
  }

  /** Closes the tenant's connections without an answer until reset. */
  public static void drop(String flow, String tenant) {
    send("POST", "/control/flows/failure?mode=drop&flow=" + q(flow) + "&tenant=" + q(tenant));
  }

  public static void reset(String tenant) {
    send("POST", "/control/flows/reset?tenant=" + q(tenant));
  }
}
