package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.ApiContract;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.FlowSimulator;
import org.linli.e2e.support.Gateway;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.OutboxSeed;
import org.linli.e2e.support.Simulator;
import org.linli.e2e.support.TestEnv;

/**
 * Agreed request rates per gateway and organization (issue 21): the province gateway's pushes
 * beyond an organization's rate are answered 429 with Retry-After and write nothing; deliveries to
 * a receiving system are paced at the rate the organization set for its flow (N events at r a
 * minute take at least (N−1)/r); another organization's rate is its own.
 */
class GatewayRatesIT {
  /** As configured for the server under test (defaults of ThrottleSettings). */
  static final int INBOUND_PER_MINUTE = env("LINLI_INTEGRATION_INBOUND_RATE_PER_MINUTE", 120);

  static final int INBOUND_BURST = env("LINLI_INTEGRATION_INBOUND_BURST", 20);

  static int env(String name, int fallback) {
    return Optional.ofNullable(System.getenv(name))
        .filter(v -> !v.isBlank())
        .map(Integer::parseInt)
        .orElse(fallback);
  }

  /** A death notice for a person nobody knows: recorded as a received list, one bad row. */
  static String notice(String tag) {
    return Json.createObjectBuilder()
        .add("type", "DEATH")
        .add(
            "notices",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("idNumber", Ids.residentIdBornIn(1931))
                        .add("name", tag)
                        .add("dateOfDeath", "2026-11-01")))
        .build()
        .toString();
  }

  /** HTTP/1.1, one connection per thread (HTTP/2 streams on one connection get GOAWAY here). */
  static final HttpClient HTTP1 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A push signed now with the run's key; status, Retry-After, Content-Type and body. */
  static Http.Resp push(String org, String body) throws Exception {
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> r =
        HTTP1.send(
            HttpRequest.newBuilder(
                    URI.create(TestEnv.baseUrl() + "/api/v1/gateway/orgs/" + org + "/messages"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("X-Linli-Timestamp", Long.toString(now))
                .header("X-Linli-Signature", Gateway.sign(Gateway.secret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Http.Resp(r);
  }

  static int files(Fixture.TestOrg org) {
    Http.Resp r = org.staff().http().get(org.path() + "/integration/files?limit=100");
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items").size();
  }

  @Test
  void pushesBeyondTheOrganizationsRateAre429WithRetryAfterAndWriteNothing() throws Exception {
    Fixture.TestOrg org = Fixture.get().createOrg("gr-" + Ids.suffix());
    Fixture.TestOrg other = Fixture.get().createOrg("gro-" + Ids.suffix());
    // Pushed from ten threads at once, so the rate cannot refill as fast as they come.
    int pushes = 3 * INBOUND_BURST + 20;
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < pushes; i++) {
      bodies.add(notice("限" + i + Ids.suffix()));
    }
    Instant began = Instant.now();
    List<Http.Resp> answers;
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Http.Resp>> sent = new ArrayList<>();
      for (String body : bodies) {
        sent.add(pool.submit(() -> push(org.code(), body)));
      }
      answers = new ArrayList<>();
      for (Future<Http.Resp> f : sent) {
        answers.add(f.get(180, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    int accepted = 0;
    Http.Resp limited = null;
    String refusedBody = null;
    for (int i = 0; i < pushes; i++) {
      Http.Resp r = answers.get(i);
      if (r.status() == 429) {
        limited = r;
        refusedBody = bodies.get(i);
      } else {
        assertEquals(201, r.status(), r::toString);
        accepted++;
      }
    }
    Duration took = Duration.between(began, Instant.now());
    assertTrue(limited != null, "no 429 after " + accepted + " pushes in " + took);
    assertTrue(accepted >= INBOUND_BURST, "the whole burst is accepted first: " + accepted);
    long refilled = took.toMillis() * INBOUND_PER_MINUTE / 60_000 + 1;
    assertTrue(
        accepted <= INBOUND_BURST + refilled,
        accepted + " accepted in " + took + " at " + INBOUND_PER_MINUTE + "/min");
    assertEquals("GATEWAY_RATE_LIMITED", limited.code(), limited::toString);
    assertTrue(
        limited.header("Content-Type").startsWith("application/problem+json"), limited::toString);
    long retryAfter = Long.parseLong(limited.header("Retry-After"));
    assertTrue(
        retryAfter >= 1 && retryAfter <= 60 / INBOUND_PER_MINUTE + 1, "Retry-After " + retryAfter);
    assertEquals(
        Optional.empty(),
        ApiContract.served()
            .mismatch(
                "POST",
                "/api/v1/gateway/orgs/" + org.code() + "/messages",
                429,
                limited.header("Content-Type"),
                limited.body()),
        "the 429 is in the OpenAPI document");

    // Nothing of the refused pushes was recorded: one received list per accepted push.
    assertEquals(accepted, files(org), "a refused push records nothing");
    // Another organization is not held back by this one's rate.
    Http.Resp elsewhere = Gateway.push(other.code(), notice("他" + Ids.suffix()));
    assertEquals(201, elsewhere.status(), elsewhere::toString);

    // After Retry-After the refused message is taken, as new (it was not recorded before).
    String again = refusedBody;
    Http.Resp[] later = new Http.Resp[1];
    Simulator.await(
        "the refused push accepted after Retry-After",
        Duration.ofSeconds(retryAfter + 30),
        () -> {
          later[0] = Gateway.push(org.code(), again);
          return later[0].status() != 429;
        });
    assertEquals(201, later[0].status(), "taken as new, not as a repeat: " + later[0]);
  }

  @Test
  void deliveriesToAReceivingSystemArePacedAtTheOrganizationsAgreedRate() {
    Fixture.TestOrg org = Fixture.get().createOrg("gp-" + Ids.suffix());
    String settings = org.path() + "/integration/flows/CONTRACT_SETTLEMENT/settings";
    Http.Resp bad = org.admin().http().put(settings, "{\"enabled\":true,\"ratePerMinute\":60001}");
    assertEquals(400, bad.status(), bad::toString);
    Http.Resp set = org.admin().http().put(settings, "{\"enabled\":true,\"ratePerMinute\":60}");
    assertEquals(200, set.status(), set::toString);
    assertEquals(60, set.json().getInt("ratePerMinute"));
    assertEquals(60, set.json().getInt("effectiveRatePerMinute"));
    Http.Resp kept = org.admin().http().put(settings, "{\"enabled\":true}");
    assertEquals(60, kept.json().getInt("ratePerMinute"), "absent keeps the stored rate");

    int n = 6;
    OutboxSeed.settlements(org.code(), n, 1);
    OutboxSeed.release(org.code());
    Simulator.await(
        "all " + n + " settlements delivered",
        Duration.ofSeconds(120),
        () -> FlowSimulator.received("contract-settlements", org.code()).size() == n);
    List<Instant> at = new ArrayList<>();
    for (var v : FlowSimulator.received("contract-settlements", org.code())) {
      JsonObject e = v.asJsonObject();
      assertEquals(1, e.getInt("deliveries"), e::toString);
      at.add(Instant.parse(e.getString("receivedAt")));
    }
    at.sort(null);
    Duration span = Duration.between(at.get(0), at.get(n - 1));
    // (N−1)/r = 5 s at 60 a minute, less 0.5 s for the jitter of the HTTP calls under load
    // (unpaced, the six arrive within a fraction of a second).
    assertTrue(span.compareTo(Duration.ofMillis(4_500)) >= 0, "6 events at 1/s in " + span);

    Http.Resp back = org.admin().http().put(settings, "{\"enabled\":true,\"ratePerMinute\":0}");
    assertEquals(200, back.status(), back::toString);
    assertTrue(
        !back.json().containsKey("ratePerMinute") || back.json().isNull("ratePerMinute"),
        "0 returns to the platform's rate");
    assertEquals(
        env("LINLI_INTEGRATION_OUTBOUND_RATE_PER_MINUTE", 600),
        back.json().getInt("effectiveRatePerMinute"));
  }
}
