package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PointsWorld;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/** Concurrent redemptions over real HTTP: stock and balances never overdrawn, ledger consistent. */
class PointsConcurrencyIT {
  static final Fixture fx = Fixture.get();
  static PointsWorld pts;
  static VolunteerWorld world;

  @BeforeAll
  static void anOrganizationOfItsOwn() {
    Fixture.TestOrg c = fx.createOrg("tc-" + Ids.suffix());
    pts = new PointsWorld(c);
    world = new VolunteerWorld(c);
  }

  /**
   * HTTP/1.1 for the race: the JDK client otherwise upgrades to h2c, and Liberty's HTTP/2 stream
   * processing was seen to stall under this many concurrent POSTs (threads parked in
   * H2StreamProcessor, no request reaching the application, the client's timeout never firing).
   */
  static final HttpClient HTTP11 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  static Http.Resp redeem(String token, String itemId) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + pts.points() + "/redemptions"))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"itemId\":\"" + itemId + "\",\"quantity\":1}"))
            .build();
    HttpResponse<String> response = HTTP11.send(request, HttpResponse.BodyHandlers.ofString());
    Http.holdToContract("POST", request.uri().toString(), response);
    return new Http.Resp(response);
  }

  /** Runs the calls on {@code threads} threads at once and returns the responses. */
  static List<Http.Resp> race(List<java.util.concurrent.Callable<Http.Resp>> calls, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Http.Resp>> futures = pool.invokeAll(calls);
      List<Http.Resp> results = new ArrayList<>();
      for (Future<Http.Resp> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  static Map<String, Integer> tally(List<Http.Resp> results) {
    Map<String, Integer> byOutcome = new TreeMap<>();
    for (Http.Resp r : results) {
      assertTrue(r.status() < 500, "no server error: " + r);
      byOutcome.merge(r.status() + (r.status() == 201 ? "" : " " + r.code()), 1, Integer::sum);
    }
    return byOutcome;
  }

  @Test
  void twoHundredRedemptionsOfTenInStockSellExactlyTen() throws Exception {
    int volunteers = 20;
    List<String[]> people = new ArrayList<>();
    for (int i = 0; i < volunteers; i++) {
      String[] v = world.activeVolunteerWithLogin();
      pts.adjust(v[0], 1000);
      people.add(v);
    }
    String item = pts.item(50, 10, 1000);
    List<java.util.concurrent.Callable<Http.Resp>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String token = people.get(i % volunteers)[1];
      calls.add(() -> redeem(token, item));
    }
    Map<String, Integer> outcome = tally(race(calls, 20));
    assertEquals(10, outcome.getOrDefault("201", 0), outcome::toString);
    assertEquals(190, outcome.getOrDefault("409 OUT_OF_STOCK", 0), outcome::toString);
    assertEquals(0, pts.stock(item));
    long debited = 0;
    for (String[] v : people) {
      debited += 1000 - pts.balance(v[0]);
    }
    assertEquals(10 * 50, debited, "points debited = 10 x price");
    pts.invariantsHold();
  }

  @Test
  void oneVolunteerRacingPastTheirBalanceNeverGoesNegative() throws Exception {
    String[] v = world.activeVolunteerWithLogin();
    pts.adjust(v[0], 95);
    String item = pts.item(10, 100, 100);
    List<java.util.concurrent.Callable<Http.Resp>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(() -> redeem(v[1], item));
    }
    Map<String, Integer> outcome = tally(race(calls, 20));
    assertEquals(9, outcome.getOrDefault("201", 0), outcome::toString);
    assertEquals(11, outcome.getOrDefault("422 INSUFFICIENT_BALANCE", 0), outcome::toString);
    assertEquals(5, pts.balance(v[0]));
    assertEquals(91, pts.stock(item));
    pts.invariantsHold();
  }
}
