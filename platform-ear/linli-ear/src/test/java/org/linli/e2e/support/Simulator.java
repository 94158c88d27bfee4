package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The civil-affairs simulator that `linli test` starts (integration/simulator): what it received,
 * and failure rules scoped to one tenant so tests of other organizations are not disturbed.
 */
public final class Simulator {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Simulator() {}

  private static String base() {
    return TestEnv.get("LINLI_TEST_SIM_URL");
  }

  private static String send(String method, String pathAndQuery) {
    try {
      HttpResponse<String> r =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
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

  /** The records stored for {@code recordId} (one per distinct event id). */
  public static JsonArray received(String recordId) {
    try (var reader =
        Json.createReader(
            new StringReader(send("GET", "/control/received?recordId=" + q(recordId))))) {
      return reader.readArray();
    }
  }

  public static JsonObject receivedOnce(String recordId) {
    JsonArray all = received(recordId);
    if (all.size() != 1) {
      throw new AssertionError("expected one stored record for " + recordId + ": " + all);
    }
    return all.getJsonObject(0);
  }

  /** Deliveries of {@code tenant} answered with a failure so far. */
  public static int refused(String tenant) {
    try (var reader =
        Json.createReader(new StringReader(send("GET", "/control/refused?tenant=" + q(tenant))))) {
      return reader.readObject().getInt("count");
    }
  }

  /**
   * Answers {@code status} to {@code tenant}'s deliveries ({@code times} times; 0: until reset).
   */
  public static void fail(String tenant, int status, int times) {
    send("POST", "/control/failure?tenant=" + q(tenant) + "&status=" + status + "&times=" + times);
  }

  public static void reset(String tenant) {
    send("POST", "/control/reset?tenant=" + q(tenant));
  }

  /**
   * Polls {@code condition} until it holds or {@code timeout} passes (then fails with {@code
   * what}).
   */
  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
  }
}
