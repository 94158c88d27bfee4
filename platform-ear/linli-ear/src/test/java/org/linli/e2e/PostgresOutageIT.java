package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PointsWorld;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/**
 * PostgreSQL stopped and started again while approvals and redemptions run (issue 22, "outages
 * survived"). While it is down, clients get 503 DATABASE_UNAVAILABLE quickly (nothing hangs past a
 * bound); afterwards the platform serves again within seconds, with no restart of Liberty; and no
 * partial write exists: every record approved once with its hours deposited once, the stock down by
 * exactly the redemptions that exist, the ledgers balanced, the audit chain intact. (Redemptions
 * here carry no Idempotency-Key: a 503 leaves the client unsure, and the check counts what exists.)
 *
 * <p>The restart is real: `linli test` sets LINLI_TEST_PG_CTL to the pg_ctlcluster command of the
 * local cluster that holds the test database.
 */
class PostgresOutageIT {
  static final Fixture fx = Fixture.get();

  /** No answer may take longer, outage or not. */
  static final Duration BOUND = Duration.ofSeconds(15);

  /** The platform serves again within this after PostgreSQL is back. */
  static final Duration RECOVERY = Duration.ofSeconds(30);

  static final int VOLUNTEERS = 6;
  static final int RECORDS_EACH = 5;
  static final int REDEMPTIONS_EACH = 4;
  static final int PRICE = 10;
  static final int STOCK = 1000;

  static final HttpClient HTTP11 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  record Outcome(String what, int status, String code, Duration took) {}

  final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger approved = new AtomicInteger();

  @Test
  void aRestartUnderLoadAnswers503QuicklyLeavesNoPartialWriteAndHealsByItself() throws Exception {
    Fixture.TestOrg org = fx.createOrg("pg-" + Ids.suffix());
    VolunteerWorld world = new VolunteerWorld(org);
    PointsWorld points = new PointsWorld(org);
    List<String[]> people = new ArrayList<>();
    ConcurrentLinkedQueue<String> toApprove = new ConcurrentLinkedQueue<>();
    for (int v = 0; v < VOLUNTEERS; v++) {
      String[] person = world.activeVolunteerWithLogin();
      points.adjust(person[0], 1000);
      people.add(person);
      for (int r = 0; r < RECORDS_EACH; r++) {
        Http.Resp entered = world.enterRecord(person[0], VolunteerWorld.facts(r + 1, 1, 60));
        assertEquals(201, entered.status(), entered::toString);
        toApprove.add(entered.json().getString("id"));
      }
    }
    String item = points.item(PRICE, STOCK, 1000);
    String staffToken = org.staff().token();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    try {
      for (int w = 0; w < 2; w++) {
        workers.add(pool.submit(() -> approveAll(org, toApprove, staffToken)));
      }
      for (int w = 0; w < 2; w++) {
        List<String[]> mine = people.subList(w * VOLUNTEERS / 2, (w + 1) * VOLUNTEERS / 2);
        workers.add(pool.submit(() -> redeemAll(points, item, mine)));
      }
      waitFor(() -> approved.get() >= 6, Duration.ofMinutes(3), "the load under way");

      pgCtl("stop");
      Outcome down;
      try {
        down = call("probe", "GET", org.path() + "/volunteers?limit=5", staffToken, null, null);
      } finally {
        pgCtl("start");
      }
      assertEquals(503, down.status(), "while PostgreSQL is down: " + down);
      assertEquals("DATABASE_UNAVAILABLE", down.code());
      assertTrue(down.took().compareTo(BOUND) < 0, "answered in " + down.took());

      Instant back = Instant.now();
      waitFor(
          () ->
              call("recovery", "GET", org.path() + "/volunteers?limit=5", staffToken, null, null)
                      .status()
                  == 200,
          RECOVERY,
          "serving again without a restart of Liberty");
      Duration recovered = Duration.between(back, Instant.now());
      // Background work (the integration relay, scheduled jobs) survives too: liveness is up.
      waitFor(
          () -> Http.anonymous().get("/health/live").status() == 200,
          RECOVERY,
          "every health check up again");
      System.out.println("PostgresOutageIT: serving again " + recovered + " after the restart");

      for (Future<?> worker : workers) {
        worker.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    Map<String, Integer> byOutcome = new TreeMap<>();
    for (Outcome o : outcomes) {
      byOutcome.merge(
          o.what() + " " + o.status() + (o.code() == null ? "" : " " + o.code()), 1, Integer::sum);
      assertTrue(o.took().compareTo(BOUND) < 0, "no answer hangs: " + o);
      assertTrue(
          o.status() < 500 || "DATABASE_UNAVAILABLE".equals(o.code()),
          "only the outage's own 503, never a 500: " + o);
    }
    System.out.println("PostgresOutageIT outcomes: " + byOutcome);
    assertTrue(byOutcome.keySet().stream().anyMatch(k -> k.contains(" 503 ")), byOutcome::toString);

    // No partial write, no double effect.
    Http staff = org.staff().http();
    for (String[] person : people) {
      Http.Resp account = staff.get(org.path() + "/volunteers/" + person[0] + "/time-account");
      assertEquals(200, account.status(), account::toString);
      assertEquals(
          RECORDS_EACH + ".00",
          account.json().getString("balanceHours"),
          "every approval deposited its hour exactly once");
    }
    int redeemed = redemptionsOf(points, staff, item);
    assertTrue(redeemed > 0, "redemptions went through");
    assertEquals(
        STOCK - redeemed,
        points.stock(item),
        "the stock fell by exactly the redemptions that exist");
    Http admin = org.admin().http();
    Http.Resp invariants = admin.get(org.path() + "/ledger/invariants");
    assertEquals(200, invariants.status(), invariants::toString);
    assertTrue(invariants.json().getBoolean("ok"), invariants::toString);
    Http.Resp audit = admin.get(org.path() + "/audit/verification");
    assertEquals(200, audit.status(), audit::toString);
    assertTrue(audit.json().getBoolean("valid"), audit::toString);
  }

  /** Approves records one request each; a 503 puts the record back for a later retry. */
  private void approveAll(Fixture.TestOrg org, ConcurrentLinkedQueue<String> queue, String token) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    String id;
    while ((id = queue.poll()) != null && Instant.now().isBefore(deadline)) {
      String body =
          Json.createObjectBuilder()
              .add("recordIds", Json.createArrayBuilder().add(id))
              .add("decision", "APPROVE")
              .build()
              .toString();
      Outcome o =
          call("approve", "POST", org.path() + "/service-records/review", token, body, null);
      if (o.status() == 200 || "RECORD_ALREADY_REVIEWED".equals(o.code())) {
        approved.incrementAndGet();
      } else if (o.status() == 503) {
        queue.add(id);
      } else {
        throw new AssertionError("approval answered " + o);
      }
    }
    if (id != null) {
      throw new AssertionError("approvals did not finish in time");
    }
  }

  /** Each volunteer redeems a few times; a 503 is simply followed by the next attempt. */
  private void redeemAll(PointsWorld points, String item, List<String[]> people) {
    String body = "{\"itemId\":\"" + item + "\",\"quantity\":1}";
    for (int n = 0; n < REDEMPTIONS_EACH; n++) {
      for (String[] person : people) {
        Outcome o = call("redeem", "POST", points.points() + "/redemptions", person[1], body, null);
        if (o.status() != 201 && o.status() != 503) {
          throw new AssertionError("redemption answered " + o);
        }
      }
    }
  }

  /** Redemptions of the item that exist, read through the staff list. */
  private static int redemptionsOf(PointsWorld points, Http staff, String item) {
    int count = 0;
    String cursor = null;
    do {
      Http.Resp page =
          staff.get(
              points.points()
                  + "/redemptions?limit=100"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page::toString);
      for (var r : page.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)) {
        if (item.equals(r.getString("itemId"))) {
          count += r.getInt("quantity");
        }
      }
      cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor");
    } while (cursor != null);
    return count;
  }

  private Outcome call(
      String what, String method, String path, String token, String body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + path))
            .timeout(BOUND.plusSeconds(15))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    long started = System.nanoTime();
    try {
      HttpResponse<String> response =
          HTTP11.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      Http.holdToContract(method, TestEnv.baseUrl() + path, response);
      Http.Resp resp = new Http.Resp(response);
      String code =
          response.statusCode() >= 400 && resp.body().startsWith("{") ? resp.code() : null;
      if (response.statusCode() == 503) {
        assertTrue(
            response.headers().firstValue("Retry-After").isPresent(), "503 says when to retry");
      }
      Outcome o = new Outcome(what, response.statusCode(), code, took);
      outcomes.add(o);
      return o;
    } catch (java.io.IOException e) {
      throw new AssertionError(what + ": no answer within " + BOUND.plusSeconds(15), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(what + " interrupted", e);
    }
  }

  /** Runs `$LINLI_TEST_PG_CTL stop|start` (pg_ctlcluster of the test database's cluster). */
  private static void pgCtl(String action) throws Exception {
    String ctl = TestEnv.get("LINLI_TEST_PG_CTL");
    Process process =
        new ProcessBuilder("bash", "-c", ctl + " " + action)
            .redirectErrorStream(true)
            .redirectOutput(new File("target/postgres-outage-" + action + ".log"))
            .start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), ctl + " " + action + " finished");
    assertEquals(0, process.exitValue(), ctl + " " + action + ": see target/postgres-outage-*.log");
  }

  private static void waitFor(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      Thread.sleep(200);
    }
  }
}
