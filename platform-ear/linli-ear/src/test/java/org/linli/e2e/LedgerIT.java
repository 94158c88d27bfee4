package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/** The ledger engine over HTTP: balanced postings, idempotency, reversals, periods, concurrency. */
class LedgerIT {
  static final Fixture fx = Fixture.get();

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  private static Http admin;

  /** One token for the whole class: a login per request would trip Keycloak's brute-force guard. */
  static synchronized Http admin() {
    if (admin == null) {
      admin = fx.a.admin().http();
    }
    return admin;
  }

  static String ledger() {
    return fx.a.path() + "/ledger";
  }

  static String account(String unit, String kind, boolean noNegative) {
    Http.Resp r =
        admin()
            .post(
                ledger() + "/accounts",
                Json.createObjectBuilder()
                    .add("unit", unit)
                    .add("kind", kind)
                    .add("noNegative", noNegative)
                    .build());
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }

  static String newId() {
    return "tx-" + Ids.suffix() + "-" + System.nanoTime();
  }

  /** A transaction body; postings as (accountId, unit, amount) triples. */
  static JsonObject tx(String id, String date, String... postings) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (int i = 0; i < postings.length; i += 3) {
      lines.add(
          Json.createObjectBuilder()
              .add("accountId", postings[i])
              .add("unit", postings[i + 1])
              .add("amount", postings[i + 2]));
    }
    return Json.createObjectBuilder()
        .add("id", id)
        .add("kind", "TRANSFER")
        .add("memo", "测试")
        .add("effectiveDate", date)
        .add("postings", lines)
        .build();
  }

  static Http.Resp post(JsonObject body) {
    return admin().post(ledger() + "/transactions", body);
  }

  static String balance(String accountId) {
    return admin().get(ledger() + "/accounts/" + accountId).json().getString("balance");
  }

  static long minor(String accountId) {
    return admin()
        .get(ledger() + "/accounts/" + accountId)
        .json()
        .getJsonNumber("balanceMinor")
        .longValue();
  }

  static void assertInvariantsHold() {
    Http.Resp check = admin().get(ledger() + "/invariants");
    assertEquals(200, check.status(), check::toString);
    assertTrue(check.json().getBoolean("ok"), check::toString);
  }

  @Test
  void balancedPostingMovesBalancesAndShowsInStatementAndHistory() {
    String pool = account("CNY", "POOL", false);
    String asset = account("CNY", "ASSET", true);
    Http.Resp posted =
        post(tx(newId(), "2026-01-15", pool, "CNY", "-123.45", asset, "CNY", "123.45"));
    assertEquals(201, posted.status(), posted::toString);
    assertEquals(
        "-123.45", posted.json().getJsonArray("postings").getJsonObject(0).getString("amount"));
    assertEquals("-123.45", balance(pool));
    assertEquals("123.45", balance(asset));
    Http.Resp second =
        post(tx(newId(), "2026-02-10", asset, "CNY", "-23.45", pool, "CNY", "23.45"));
    assertEquals(201, second.status(), second::toString);
    assertEquals("100.00", balance(asset));

    Http.Resp before = admin().get(ledger() + "/accounts/" + asset + "/balance?at=2026-01-31");
    assertEquals("123.45", before.json().getString("balance"), before::toString);
    assertEquals(
        "0.00",
        admin()
            .get(ledger() + "/accounts/" + asset + "/balance?at=2026-01-01")
            .json()
            .getString("balance"));

    Http.Resp page1 = admin().get(ledger() + "/accounts/" + asset + "/statement?limit=1");
    assertEquals(200, page1.status(), page1::toString);
    assertEquals(
        "123.45", page1.json().getJsonArray("items").getJsonObject(0).getString("balance"));
    String cursor = page1.json().getString("nextCursor");
    Http.Resp page2 =
        admin().get(ledger() + "/accounts/" + asset + "/statement?limit=1&cursor=" + cursor);
    JsonObject line = page2.json().getJsonArray("items").getJsonObject(0);
    assertEquals("-23.45", line.getString("amount"));
    assertEquals("100.00", line.getString("balance"));
    assertTrue(page2.json().isNull("nextCursor"));

    String tid = second.json().getString("id");
    assertEquals(200, admin().get(ledger() + "/transactions/" + tid).status());
    assertInvariantsHold();
  }

  @Test
  void unbalancedBadAmountsAndUnitMismatchAreRefusedWithoutAnyWrite() {
    String a = account("HOUR", "TIME_CREDIT", false);
    String b = account("HOUR", "TIME_CREDIT", false);
    String p = account("POINT", "POINTS", false);
    String id = newId();
    Http.Resp unbalanced = post(tx(id, today(), a, "HOUR", "-1.50", b, "HOUR", "1.00"));
    assertEquals(400, unbalanced.status(), unbalanced::toString);
    assertEquals("UNBALANCED_TRANSACTION", unbalanced.code());
    assertEquals(404, admin().get(ledger() + "/transactions/" + id).status());
    assertEquals("0.00", balance(a));

    // CNY declared on hour and point accounts: the account's own unit decides.
    Http.Resp mismatch = post(tx(newId(), today(), a, "CNY", "-10", p, "CNY", "10"));
    assertEquals(400, mismatch.status(), mismatch::toString);
    assertEquals("UNIT_MISMATCH", mismatch.code());
    assertEquals("0", balance(p));

    Http.Resp tooPrecise = post(tx(newId(), today(), a, "HOUR", "-1.001", b, "HOUR", "1.001"));
    assertEquals(400, tooPrecise.status(), tooPrecise::toString);
    assertEquals("INVALID_AMOUNT", tooPrecise.code());
    Http.Resp fractionalPoint = post(tx(newId(), today(), p, "POINT", "0.5", p, "POINT", "-0.5"));
    assertEquals(400, fractionalPoint.status());
    assertEquals("0.00", balance(b));
  }

  @Test
  void hoursAndPointsCannotBePostedByHandNorTheirTransactionsReversed() {
    String h1 = account("HOUR", "TIME_CREDIT", false);
    String h2 = account("HOUR", "TIME_CREDIT", false);
    String p1 = account("POINT", "POINTS", false);
    String p2 = account("POINT", "POINTS", false);
    String c1 = account("CNY", "POOL", false);
    String c2 = account("CNY", "POOL", false);
    String hours = newId();
    String points = newId();
    String mixed = newId();
    for (JsonObject body :
        List.of(
            tx(hours, today(), h1, "HOUR", "-100", h2, "HOUR", "100"),
            tx(points, today(), p1, "POINT", "-100", p2, "POINT", "100"),
            tx(
                mixed, today(), c1, "CNY", "-1", c2, "CNY", "1", p1, "POINT", "-5", p2, "POINT",
                "5"))) {
      Http.Resp refused = post(body);
      assertEquals(422, refused.status(), refused::toString);
      assertEquals("MANUAL_POSTING_UNIT_NOT_ALLOWED", refused.code());
    }
    for (String id : List.of(hours, points, mixed)) {
      assertEquals(404, admin().get(ledger() + "/transactions/" + id).status(), "nothing written");
    }
    assertEquals("0.00", balance(h2));
    assertEquals("0", balance(p2));
    assertEquals("0.00", balance(c2));

    // Hours deposited by the time bank cannot be burned by reversing the deposit by hand.
    String volunteer = TimeBankIT.a.activeVolunteer();
    String record = TimeBankIT.approved(volunteer, 60);
    String deposit = "tb-deposit:" + record;
    assertEquals(200, admin().get(ledger() + "/transactions/" + deposit).status());
    String contra = newId();
    Http.Resp reversal =
        admin()
            .post(
                ledger() + "/transactions/" + deposit + "/reversal",
                Json.createObjectBuilder().add("id", contra).build());
    assertEquals(422, reversal.status(), reversal::toString);
    assertEquals("MANUAL_POSTING_UNIT_NOT_ALLOWED", reversal.code());
    assertEquals(404, admin().get(ledger() + "/transactions/" + contra).status());
    assertEquals("1.00", TimeBankIT.timeAccount(volunteer).getString("balanceHours"));
    assertInvariantsHold();
  }

  @Test
  void retryReturnsTheFirstResultAndReuseIsRefused() {
    String a = account("CNY", "POOL", false);
    String b = account("CNY", "POOL", false);
    String id = newId();
    JsonObject body = tx(id, today(), a, "CNY", "-10", b, "CNY", "10");
    Http.Resp first = post(body);
    assertEquals(201, first.status(), first::toString);
    Http.Resp retry = post(body);
    assertEquals(200, retry.status(), retry::toString);
    assertEquals(first.json(), retry.json());
    assertEquals("10.00", balance(b), "not posted twice");
    Http.Resp reuse = post(tx(id, today(), a, "CNY", "-11", b, "CNY", "11"));
    assertEquals(422, reuse.status(), reuse::toString);
    assertEquals("TRANSACTION_ID_REUSED", reuse.code());
    assertEquals("10.00", balance(b));
  }

  @Test
  void reversalRestoresBalancesOnce() {
    String a = account("CNY", "CLEARING", false);
    String b = account("CNY", "ASSET", true);
    String original = newId();
    assertEquals(201, post(tx(original, today(), a, "CNY", "-5.00", b, "CNY", "5.00")).status());
    String contra = newId();
    JsonObject body = Json.createObjectBuilder().add("id", contra).add("memo", "录错").build();
    Http.Resp reversed = admin().post(ledger() + "/transactions/" + original + "/reversal", body);
    assertEquals(201, reversed.status(), reversed::toString);
    assertEquals(original, reversed.json().getString("reversesId"));
    assertEquals("0.00", balance(a));
    assertEquals("0.00", balance(b));
    Http.Resp retry = admin().post(ledger() + "/transactions/" + original + "/reversal", body);
    assertEquals(200, retry.status(), retry::toString);
    Http.Resp twice =
        admin()
            .post(
                ledger() + "/transactions/" + original + "/reversal",
                Json.createObjectBuilder().add("id", newId()).build());
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("ALREADY_REVERSED", twice.code());
    assertEquals("0.00", balance(b));
    assertInvariantsHold();
  }

  @Test
  void closedPeriodRefusesPostings() {
    String a = account("CNY", "POOL", false);
    String b = account("CNY", "POOL", false);
    // A month far in the past that no other test posts to.
    String month = "1999-" + String.format("%02d", 1 + (int) (System.nanoTime() % 12));
    // Periods are per organization; this test may run again on the same database: skip if closed.
    Http.Resp close = admin().post(ledger() + "/periods/" + month + "/close", null);
    assertTrue(close.status() == 204 || close.status() == 409, close::toString);
    Http.Resp again = admin().post(ledger() + "/periods/" + month + "/close", null);
    assertEquals(409, again.status());
    Http.Resp refused = post(tx(newId(), month + "-15", a, "CNY", "-1", b, "CNY", "1"));
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("PERIOD_CLOSED", refused.code());
    assertEquals(400, admin().post(ledger() + "/periods/2026-13/close", null).status());
  }

  @Test
  void noNegativeAccountCannotBeOverdrawn() {
    String source = account("CNY", "ASSET", true);
    String sink = account("CNY", "POOL", false);
    Http.Resp overdraw = post(tx(newId(), today(), source, "CNY", "-1", sink, "CNY", "1"));
    assertEquals(422, overdraw.status(), overdraw::toString);
    assertEquals("INSUFFICIENT_BALANCE", overdraw.code());
    assertEquals("0.00", balance(sink), "rolled back whole");
  }

  @Test
  void concurrentWithdrawalsFromOneAccountSucceedExactlyAsFarAsItsBalance() throws Exception {
    String issuer = account("CNY", "POOL", false);
    String wallet = account("CNY", "WALLET", true);
    String shop = account("CNY", "POOL", false);
    assertEquals(
        201, post(tx(newId(), today(), issuer, "CNY", "-70", wallet, "CNY", "70")).status());
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<Http.Resp>> results = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      JsonObject body = tx(newId(), today(), wallet, "CNY", "-10", shop, "CNY", "10");
      results.add(pool.submit(() -> post(body)));
    }
    int ok = 0;
    for (Future<Http.Resp> f : results) {
      Http.Resp r = f.get(120, TimeUnit.SECONDS);
      assertTrue(r.status() == 201 || r.status() == 422, r::toString);
      ok += r.status() == 201 ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(7, ok, "exactly the affordable withdrawals");
    assertEquals("0.00", balance(wallet));
    assertEquals("70.00", balance(shop));
    assertInvariantsHold();
  }

  /** A generated transaction and what it does to each account, in minor units, if it posts. */
  record Planned(JsonObject body, Map<String, Long> deltas) {}

  static final List<String> GROUPS = List.of("A", "B", "C");

  /**
   * 1,000 concurrent postings over few accounts: transfers in both lock orders, transactions with
   * two independent legs (four accounts locked at once), and retries of earlier ids racing their
   * originals. No deadlock or other server error may reach a client, no flagged balance goes below
   * zero, each id posts at most once, and every balance equals the sum of what was acknowledged as
   * posted. Manual postings are CNY only (hours and points come from the time bank and points
   * rules), so the three groups of wallets are all CNY; the engine locks and moves balances the
   * same way whatever the unit, and per-unit balancing is covered by LedgerTransactionTest.
   */
  @Test
  void thousandConcurrentMixedPostingsKeepEveryInvariant() throws Exception {
    Map<String, List<String>> wallets = new TreeMap<>();
    Map<String, String> funding = new TreeMap<>();
    Map<String, Long> expected = new java.util.concurrent.ConcurrentHashMap<>();
    String unit = "CNY";
    for (String group : GROUPS) {
      String fund = account(unit, "POOL", false);
      funding.put(group, fund);
      List<String> list = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String wallet = account(unit, "WALLET", true);
        assertEquals(
            201,
            post(tx(
                    newId(),
                    today(),
                    fund,
                    unit,
                    "-" + amount(unit, 40),
                    wallet,
                    unit,
                    amount(unit, 40)))
                .status());
        expected.merge(wallet, minorOf(unit, 40), Long::sum);
        expected.merge(fund, -minorOf(unit, 40), Long::sum);
        list.add(wallet);
      }
      wallets.put(group, list);
    }
    java.util.Random random = new java.util.Random(7);
    List<Planned> plans = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      if (i > 50 && random.nextInt(10) == 0) {
        plans.add(plans.get(random.nextInt(plans.size()))); // a retry of an earlier id
        continue;
      }
      String group = GROUPS.get(random.nextInt(3));
      List<String> list = wallets.get(group);
      String from = list.get(random.nextInt(3));
      String to = list.get((list.indexOf(from) + 1 + random.nextInt(2)) % 3);
      int whole = 1 + random.nextInt(8);
      Map<String, Long> deltas = new TreeMap<>();
      deltas.merge(from, -minorOf(unit, whole), Long::sum);
      deltas.merge(to, minorOf(unit, whole), Long::sum);
      List<String> lines =
          new ArrayList<>(
              List.of(to, unit, amount(unit, whole), from, unit, "-" + amount(unit, whole)));
      if (!group.equals("C") && random.nextBoolean()) {
        // A second leg in another group, balanced on its own: four accounts locked at once.
        List<String> others = wallets.get("C");
        String pFrom = others.get(random.nextInt(3));
        String pTo = others.get((others.indexOf(pFrom) + 1) % 3);
        lines.addAll(List.of(pFrom, unit, "-0.01", pTo, unit, "0.01"));
        deltas.merge(pFrom, -1L, Long::sum);
        deltas.merge(pTo, 1L, Long::sum);
      }
      plans.add(new Planned(tx(newId(), today(), lines.toArray(String[]::new)), deltas));
    }

    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<Http.Resp>> results = new ArrayList<>();
    for (Planned plan : plans) {
      results.add(pool.submit(() -> post(plan.body())));
    }
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Integer> postedPerId = new TreeMap<>();
    for (int i = 0; i < plans.size(); i++) {
      Http.Resp r = results.get(i).get(300, TimeUnit.SECONDS);
      statuses.merge(r.status(), 1, Integer::sum);
      assertTrue(r.status() == 201 || r.status() == 200 || r.status() == 422, r::toString);
      if (r.status() == 422) {
        assertEquals("INSUFFICIENT_BALANCE", r.code(), r::toString);
      }
      String id = plans.get(i).body().getString("id");
      if (r.status() == 201) {
        postedPerId.merge(id, 1, Integer::sum);
        plans.get(i).deltas().forEach((acc, d) -> expected.merge(acc, d, Long::sum));
      }
    }
    pool.shutdown();
    assertTrue(statuses.containsKey(201), statuses::toString);
    postedPerId.forEach((id, n) -> assertEquals(1, n, "id " + id + " posted more than once"));
    for (List<String> list : wallets.values()) {
      for (String wallet : list) {
        assertTrue(minor(wallet) >= 0, "never below zero");
      }
    }
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), minor(e.getKey()), "balance of " + e.getKey() + " " + statuses);
    }
    assertInvariantsHold();
  }

  static String amount(String unit, int whole) {
    return unit.equals("POINT") ? Integer.toString(whole) : whole + ".00";
  }

  static long minorOf(String unit, int whole) {
    return switch (unit) {
      case "CNY" -> whole * 100L;
      case "HOUR" -> whole * 60L;
      default -> whole;
    };
  }

  @Test
  void auditorReadsButCannotPost() {
    // org-admin and finance post; here only the role check of a staff member (no ledger role).
    Http.Resp staff = fx.a.staff().http().get(ledger() + "/invariants");
    assertEquals(403, staff.status(), staff::toString);
    assertEquals("ROLE_REQUIRED", staff.code());
  }

  @Test
  void platformInvariantsShowOnlyCountsPerTenant() {
    account("POINT", "POINTS", false);
    Http.Resp all = fx.platform().get("/api/v1/platform/ledger/invariants");
    assertEquals(200, all.status(), all::toString);
    assertTrue(all.json().getBoolean("ok"), all::toString);
    assertTrue(all.body().contains(fx.a.code()) || all.body().contains("\"tenantId\""));
    assertFalse(all.body().contains("balanceMinor"), "no ledger content leaves a tenant");
    assertFalse(all.body().contains("postings\":["), "no ledger content leaves a tenant");
    assertEquals(403, admin().get("/api/v1/platform/ledger/invariants").status());
  }
}
