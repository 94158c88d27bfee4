package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;
import org.linli.e2e.support.TestEnv;

/**
 * Acceptance sampling and rectification (issue 20, part B), over real HTTP: the monthly draw at the
 * contract's rate (at least 30 %), reproducible from its seed; check results recorded once with
 * their history; 整改通知 copied to the provider, answered there and closed by the buyer; late ones
 * listed; bad input refused with nothing written; two draws at once give one sample; a provider
 * never sees another provider's rectifications.
 */
class SamplingIT {
  static final Fixture fx = Fixture.get();
  static final double LAT = 32.066;
  static final double LON = 118.783;

  static Fixture.TestOrg g;
  static Fixture.TestOrg p;
  static Fixture.TestOrg p2;
  static final String MONTH = YearMonth.from(PurchaseWorld.today()).toString();

  @BeforeAll
  static void buyerAndProviders() {
    g = PurchaseWorld.buyer("sg" + Ids.suffix());
    p = fx.createOrg("sp" + Ids.suffix());
    p2 = fx.createOrg("sq" + Ids.suffix());
  }

  /** An active contract of g with {@code provider} and {@code n} orders completed today. */
  static Contract contract(Fixture.TestOrg provider, int n) {
    String id = PurchaseWorld.activeContract(g, provider);
    List<String> done = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String resident = PurchaseWorld.assignedResident(g, id);
      String order = PurchaseWorld.order(g, id, resident, "MEAL_AID");
      PurchaseWorld.checkedIn(provider, provider.volunteer(), order, LAT, LON);
      PurchaseWorld.checkedOut(provider, provider.volunteer(), order, LAT, LON);
      done.add(order);
    }
    return new Contract(id, provider, done);
  }

  record Contract(String id, Fixture.TestOrg provider, List<String> completed) {
    String buyerPath() {
      return g.path() + "/contracts/" + id;
    }

    String providerPath() {
      return provider.path() + "/contracts/" + id;
    }
  }

  static Http.Resp draw(Contract c, String key) {
    return g.admin()
        .http()
        .header("Idempotency-Key", key)
        .post(c.buyerPath() + "/samples", "{\"month\":\"" + MONTH + "\"}");
  }

  static JsonObject drawn(Contract c) {
    Http.Resp r = draw(c, "draw-" + Ids.suffix());
    assertEquals(201, r.status(), r::toString);
    return r.json();
  }

  /** The sampled orders of a sample, every page. */
  static List<JsonObject> sampled(Contract c, String sample) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    do {
      Http.Resp r =
          g.admin()
              .http()
              .get(
                  c.buyerPath()
                      + "/sampled-orders?sample="
                      + sample
                      + "&limit=2"
                      + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, r.status(), r::toString);
      r.json().getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
      cursor = r.json().isNull("nextCursor") ? null : r.json().getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  static Http.Resp check(Http as, Contract c, String sample, String order, String body) {
    return as.post(c.buyerPath() + "/samples/" + sample + "/orders/" + order + "/checks", body);
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static long samplesOf(Contract c) {
    return Db.count("purchase_sample WHERE contract_id = '" + c.id() + "'");
  }

  @Test
  void theRateIsAtLeastThirtyPercentAndOnlyTheBuyersAdminSetsIt() {
    Contract c = contract(p, 0);
    Http.Resp rate = g.volunteer().http().get(c.buyerPath() + "/samples/settings");
    assertEquals(200, rate.status(), rate::toString);
    assertEquals(30, rate.json().getInt("ratePercent"));
    assertEquals(30, rate.json().getInt("minimumPercent"));
    assertFalse(rate.json().getBoolean("configured"));
    Http admin = g.admin().http();
    for (String bad : List.of("29", "0", "101", "\"x\"", "null")) {
      Http.Resp r = admin.put(c.buyerPath() + "/samples/settings", "{\"ratePercent\":" + bad + "}");
      assertEquals(400, r.status(), r::toString);
    }
    assertEquals(
        "INVALID_SAMPLE_RATE",
        admin.put(c.buyerPath() + "/samples/settings", "{\"ratePercent\":29}").code());
    assertEquals(0, Db.count("purchase_sample_setting WHERE contract_id = '" + c.id() + "'"));
    Http.Resp byAuditor =
        g.volunteer().http().put(c.buyerPath() + "/samples/settings", "{\"ratePercent\":50}");
    assertEquals(403, byAuditor.status(), byAuditor::toString);
    Http.Resp byProvider =
        p.admin().http().put(c.providerPath() + "/samples/settings", "{\"ratePercent\":50}");
    assertEquals(403, byProvider.status(), byProvider::toString);
    assertEquals("SAMPLING_BUYER_ONLY", byProvider.code());
    Http.Resp set = admin.put(c.buyerPath() + "/samples/settings", "{\"ratePercent\":50}");
    assertEquals(200, set.status(), set::toString);
    assertEquals(50, set.json().getInt("ratePercent"));
    assertTrue(set.json().getBoolean("configured"));
    assertEquals(
        1,
        Db.count(
            "audit_record WHERE action = 'PURCHASE_SAMPLE_RATE_SET' AND entity_id = '"
                + c.id()
                + "'"));
  }

  @Test
  void aDrawTakesThirtyPercentAndCanBeRecomputedFromItsSeed() throws Exception {
    Contract c = contract(p, 7);
    // An order not completed is not in the population.
    PurchaseWorld.order(g, c.id(), PurchaseWorld.assignedResident(g, c.id()), "MEAL_AID");
    String key = "draw-" + Ids.suffix();
    Http.Resp first = draw(c, key);
    assertEquals(201, first.status(), first::toString);
    JsonObject s = first.json();
    assertEquals(7, s.getInt("populationSize"));
    assertEquals(3, s.getInt("sampleSize"), "30 % of 7, rounded up");
    assertEquals(30, s.getInt("ratePercent"));
    assertEquals("ACTIVE", s.getString("status"));
    assertEquals(MONTH, s.getString("month"));
    String seed = s.getString("seed");
    assertTrue(seed.matches("[0-9a-f]{16}"), seed);
    // A retry with the same key answers the same draw; a second draw is refused.
    Http.Resp retry = draw(c, key);
    assertEquals(s.getString("id"), retry.json().getString("id"), retry::toString);
    Http.Resp second = draw(c, "draw-" + Ids.suffix());
    assertEquals(409, second.status(), second::toString);
    assertEquals("SAMPLE_EXISTS", second.code());
    assertEquals(1, samplesOf(c));

    // The sample, recomputed here from the seed and the completed orders with SHA-256 alone.
    List<String> population = new ArrayList<>(c.completed());
    population.sort(Comparator.naturalOrder());
    List<String[]> ranked = new ArrayList<>();
    for (String id : population) {
      ranked.add(new String[] {sha256(seed + "\n" + id), id});
    }
    ranked.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));
    List<String> expected = ranked.subList(0, 3).stream().map(r -> r[1]).toList();
    List<JsonObject> orders = sampled(c, s.getString("id"));
    assertEquals(expected, orders.stream().map(o -> o.getString("orderId")).toList());
    assertEquals(List.of(1, 2, 3), orders.stream().map(o -> o.getInt("position")).toList());
    assertEquals(sha256(String.join("\n", population)), s.getString("populationDigest"));

    Http.Resp verified =
        g.volunteer().http().get(c.buyerPath() + "/samples/" + s.getString("id") + "/verification");
    assertEquals(200, verified.status(), verified::toString);
    JsonObject v = verified.json();
    assertTrue(v.getBoolean("matches"), v::toString);
    assertTrue(v.getBoolean("populationIntact"));
    assertTrue(v.getBoolean("populationUnchangedSinceDraw"));
    assertEquals(7, v.getInt("populationNow"));
    assertEquals(
        expected,
        v.getJsonArray("recomputed").getValuesAs(JsonValue::toString).stream()
            .map(t -> t.replace("\"", ""))
            .toList());

    // The buyer's staff do not audit; the provider's copy holds no samples.
    Http.Resp staff = g.staff().http().get(c.buyerPath() + "/samples");
    assertEquals(403, staff.status(), staff::toString);
    assertEquals("SAMPLING_BUYER_ROLE", staff.code());
    Http.Resp providers = p.admin().http().get(c.providerPath() + "/samples");
    assertEquals(200, providers.status(), providers::toString);
    assertEquals(0, providers.json().getJsonArray("items").size());
    Http.Resp list = g.admin().http().get(c.buyerPath() + "/samples?month=" + MONTH);
    assertEquals(1, list.json().getJsonArray("items").size(), list::toString);

    // Discarded with a reason, the month is drawn again with another seed.
    String discard = c.buyerPath() + "/samples/" + s.getString("id") + "/discard";
    Http.Resp noReason = g.admin().http().post(discard, "{\"reason\":\"  \"}");
    assertEquals(400, noReason.status(), noReason::toString);
    assertEquals("REASON_REQUIRED", noReason.code());
    Http.Resp byAuditor = g.volunteer().http().post(discard, "{\"reason\":\"重抽\"}");
    assertEquals(403, byAuditor.status(), byAuditor::toString);
    Http.Resp discarded = g.admin().http().post(discard, "{\"reason\":\"抽样月份选错\"}");
    assertEquals(200, discarded.status(), discarded::toString);
    assertEquals("DISCARDED", discarded.json().getString("status"));
    assertEquals("抽样月份选错", discarded.json().getString("discardReason"));
    JsonObject again = drawn(c);
    assertNotEquals(s.getString("id"), again.getString("id"));
    assertEquals(2, samplesOf(c));
  }

  @Test
  void badDrawsAreRefusedAndWriteNothing() {
    Contract c = contract(p, 1);
    String samples = c.buyerPath() + "/samples";
    Object[][] cases = {
      {"{\"month\":\"2026-13\"}", 400, "INVALID_MONTH"},
      {"{}", 400, null},
      {
        "{\"month\":\"" + YearMonth.from(PurchaseWorld.today()).plusMonths(1) + "\"}",
        422,
        "MONTH_NOT_STARTED"
      },
      {
        "{\"month\":\"" + YearMonth.from(PurchaseWorld.today()).minusMonths(2) + "\"}",
        422,
        "MONTH_OUTSIDE_TERM"
      },
      {
        "{\"month\":\"" + YearMonth.from(PurchaseWorld.today()).minusMonths(1) + "\"}",
        422,
        "NOTHING_TO_SAMPLE"
      },
      {"{\"month\":\"" + MONTH + "\",\"rate\":100}", 400, null},
    };
    for (Object[] bad : cases) {
      Http.Resp r =
          g.admin().http().header("Idempotency-Key", "bad-" + Ids.suffix()).post(samples, bad[0]);
      assertEquals(bad[1], r.status(), () -> bad[0] + ": " + r);
      assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::toString);
      if (bad[2] != null) {
        assertEquals(bad[2], r.code(), r::toString);
      }
    }
    assertEquals(0, samplesOf(c));
    assertEquals(0, Db.count("purchase_sample_member WHERE contract_id = '" + c.id() + "'"));
    Http.Resp byProvider =
        p.admin().http().post(c.providerPath() + "/samples", "{\"month\":\"" + MONTH + "\"}");
    assertEquals(403, byProvider.status(), byProvider::toString);
    assertEquals("SAMPLING_BUYER_ONLY", byProvider.code());
    assertEquals(0, samplesOf(c));
  }

  @Test
  void twoDrawsAtOnceGiveOneSample() throws Exception {
    Contract c = contract(p, 2);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Http.Resp>> calls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      calls.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return draw(c, "race-" + Ids.suffix());
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<Http.Resp> call : calls) {
      statuses.add(call.get(60, TimeUnit.SECONDS).status());
    }
    statuses.sort(Comparator.naturalOrder());
    assertEquals(List.of(201, 409), statuses);
    assertEquals(1, samplesOf(c));
    assertEquals(2, Db.count("purchase_sample_member WHERE contract_id = '" + c.id() + "'"));
  }

  @Test
  void aCheckIsRecordedOnceAndAChangeIsANewEntryWithAReason() {
    Contract c = contract(p, 4);
    JsonObject s = drawn(c);
    String sample = s.getString("id");
    List<JsonObject> orders = sampled(c, sample);
    assertEquals(2, orders.size());
    String order = orders.get(0).getString("orderId");
    Http auditor = g.volunteer().http();
    Http.Resp passed =
        check(auditor, c, sample, order, "{\"result\":\"PASSED\",\"note\":\"电话回访核实\"}");
    assertEquals(201, passed.status(), passed::toString);
    assertEquals("PASSED", passed.json().getString("result"));
    String checks = "purchase_sample_check WHERE sample_id = '" + sample + "'";
    assertEquals(1, Db.count(checks));

    Object[][] refused = {
      {"{\"result\":\"FAILED\"}", 400, "REASON_REQUIRED"},
      {"{\"result\":\"PASSED\",\"reason\":\"再查\"}", 409, "CHECK_UNCHANGED"},
      {"{\"result\":\"GOOD\",\"reason\":\"x\"}", 400, "INVALID_RESULT"},
      {"{\"note\":\"x\"}", 400, null},
      {"{\"result\":\"FAILED\",\"reason\":\"" + "长".repeat(501) + "\"}", 400, "REASON_TOO_LONG"},
    };
    for (Object[] bad : refused) {
      Http.Resp r = check(g.admin().http(), c, sample, order, (String) bad[0]);
      assertEquals(bad[1], r.status(), () -> bad[0] + ": " + r);
      if (bad[2] != null) {
        assertEquals(bad[2], r.code(), r::toString);
      }
    }
    assertEquals(1, Db.count(checks), "nothing written");
    String notSampled =
        c.completed().stream()
            .filter(o -> orders.stream().noneMatch(x -> x.getString("orderId").equals(o)))
            .findFirst()
            .orElseThrow();
    Http.Resp outside = check(auditor, c, sample, notSampled, "{\"result\":\"PASSED\"}");
    assertEquals(404, outside.status(), outside::toString);
    assertEquals("SAMPLED_ORDER_NOT_FOUND", outside.code());
    Http.Resp byStaff = check(g.staff().http(), c, sample, order, "{\"result\":\"PASSED\"}");
    assertEquals(403, byStaff.status(), byStaff::toString);
    Http.Resp byProvider =
        p.admin()
            .http()
            .post(
                c.providerPath() + "/samples/" + sample + "/orders/" + order + "/checks",
                "{\"result\":\"PASSED\"}");
    assertEquals(403, byProvider.status(), byProvider::toString);

    Http.Resp changed =
        check(g.admin().http(), c, sample, order, "{\"result\":\"FAILED\",\"reason\":\"照片与工单不符\"}");
    assertEquals(201, changed.status(), changed::toString);
    assertEquals("FAILED", changed.json().getString("result"));
    assertEquals(2, changed.json().getJsonArray("checks").size());
    assertEquals(
        "PASSED", changed.json().getJsonArray("checks").getJsonObject(0).getString("result"));
    assertEquals(
        "照片与工单不符", changed.json().getJsonArray("checks").getJsonObject(1).getString("reason"));
    Http.Resp failedOnly =
        g.admin().http().get(c.buyerPath() + "/sampled-orders?result=FAILED&sample=" + sample);
    assertEquals(1, failedOnly.json().getJsonArray("items").size(), failedOnly::toString);
    assertEquals(
        2,
        Db.count(
            "audit_record WHERE action = 'PURCHASE_SAMPLE_CHECKED' AND entity_id = '"
                + order
                + "'"));
    // A draw with results is kept.
    Http.Resp discard =
        g.admin()
            .http()
            .post(c.buyerPath() + "/samples/" + sample + "/discard", "{\"reason\":\"重抽\"}");
    assertEquals(409, discard.status(), discard::toString);
    assertEquals("SAMPLE_ALREADY_CHECKED", discard.code());
  }

  /**
   * A contract with a drawn sample whose first order is checked FAILED; returns [sample, order].
   */
  static String[] failedSampledOrder(Contract c) {
    String sample = drawn(c).getString("id");
    String order = sampled(c, sample).get(0).getString("orderId");
    Http.Resp failed =
        check(g.admin().http(), c, sample, order, "{\"result\":\"FAILED\",\"note\":\"未按时上门\"}");
    assertEquals(201, failed.status(), failed::toString);
    return new String[] {sample, order};
  }

  static Http.Resp issue(Contract c, String sample, String order, String deadline) {
    return g.admin()
        .http()
        .post(
            c.buyerPath() + "/rectifications",
            "{\"sampleId\":\""
                + sample
                + "\",\"orderId\":\""
                + order
                + "\",\"request\":\"补齐服务记录并重新上门\",\"deadline\":\""
                + deadline
                + "\"}");
  }

  @Test
  void aRectificationGoesToTheProviderAndBack() {
    Contract c = contract(p, 3);
    String[] so = failedSampledOrder(c);
    String rects = "purchase_rectification WHERE contract_id = '" + c.id() + "'";
    // Bad input first: nothing written on either side.
    for (String deadline :
        List.of(
            PurchaseWorld.today().minusDays(1).toString(),
            PurchaseWorld.today().plusDays(400).toString())) {
      Http.Resp r = issue(c, so[0], so[1], deadline);
      assertEquals(400, r.status(), r::toString);
      assertEquals("INVALID_DEADLINE", r.code());
    }
    Http.Resp noText =
        g.admin()
            .http()
            .post(
                c.buyerPath() + "/rectifications",
                "{\"sampleId\":\""
                    + so[0]
                    + "\",\"orderId\":\""
                    + so[1]
                    + "\",\"deadline\":\""
                    + PurchaseWorld.today().plusDays(7)
                    + "\"}");
    assertEquals(400, noText.status(), noText::toString);
    assertEquals("REQUEST_REQUIRED", noText.code());
    assertEquals(0, Db.count(rects));

    Http.Resp issued = issue(c, so[0], so[1], PurchaseWorld.today().plusDays(7).toString());
    assertEquals(201, issued.status(), issued::toString);
    String id = issued.json().getString("id");
    assertEquals("OPEN", issued.json().getString("status"));
    assertFalse(issued.json().getBoolean("late"));
    assertEquals(2, Db.count(rects), "the buyer's copy and the provider's");
    Http.Resp twice = issue(c, so[0], so[1], PurchaseWorld.today().plusDays(7).toString());
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("RECTIFICATION_PENDING", twice.code());

    // The provider sees it on its side and answers.
    Http provider = p.staff().http();
    Http.Resp listed = provider.get(c.providerPath() + "/rectifications?status=OPEN");
    assertEquals(200, listed.status(), listed::toString);
    assertEquals(id, listed.json().getJsonArray("items").getJsonObject(0).getString("id"));
    String answer = c.providerPath() + "/rectifications/" + id + "/answer";
    Http.Resp badHash = provider.post(answer, "{\"text\":\"已整改\",\"evidenceSha256\":\"abc\"}");
    assertEquals(400, badHash.status(), badHash::toString);
    assertEquals("INVALID_SHA256", badHash.code());
    Http.Resp empty = provider.post(answer, "{\"text\":\" \"}");
    assertEquals("ANSWER_REQUIRED", empty.code(), empty::toString);
    Http.Resp byBuyer =
        g.admin()
            .http()
            .post(c.buyerPath() + "/rectifications/" + id + "/answer", "{\"text\":\"x\"}");
    assertEquals(403, byBuyer.status(), byBuyer::toString);
    assertEquals("RECTIFICATION_PROVIDER_ONLY", byBuyer.code());
    Http.Resp early =
        g.admin()
            .http()
            .post(c.buyerPath() + "/rectifications/" + id + "/close", "{\"outcome\":\"PASSED\"}");
    assertEquals(409, early.status(), early::toString);
    assertEquals("RECTIFICATION_NOT_ANSWERED", early.code());
    String sha = "a".repeat(64);
    Http.Resp answered =
        provider.post(answer, "{\"text\":\"已补齐记录并于次日重新上门\",\"evidenceSha256\":\"" + sha + "\"}");
    assertEquals(200, answered.status(), answered::toString);
    assertEquals("ANSWERED", answered.json().getString("status"));
    Http.Resp again = provider.post(answer, "{\"text\":\"再答一次\"}");
    assertEquals(409, again.status(), again::toString);
    assertEquals("RECTIFICATION_NOT_OPEN", again.code());

    JsonObject buyerCopy = g.volunteer().http().get(c.buyerPath() + "/rectifications/" + id).json();
    assertEquals("ANSWERED", buyerCopy.getString("status"));
    assertEquals("已补齐记录并于次日重新上门", buyerCopy.getString("answer"));
    assertEquals(sha, buyerCopy.getString("evidenceSha256"));

    // The provider cannot close it; the buyer closes it as passed: the order's result follows.
    Http.Resp providerCloses =
        p.admin()
            .http()
            .post(
                c.providerPath() + "/rectifications/" + id + "/close", "{\"outcome\":\"PASSED\"}");
    assertEquals(403, providerCloses.status(), providerCloses::toString);
    Http.Resp badOutcome =
        g.admin()
            .http()
            .post(c.buyerPath() + "/rectifications/" + id + "/close", "{\"outcome\":\"OPEN\"}");
    assertEquals(400, badOutcome.status(), badOutcome::toString);
    Http.Resp closed =
        g.volunteer()
            .http()
            .post(
                c.buyerPath() + "/rectifications/" + id + "/close",
                "{\"outcome\":\"PASSED\",\"note\":\"复查合格\"}");
    assertEquals(200, closed.status(), closed::toString);
    assertEquals("PASSED", closed.json().getString("status"));
    assertEquals(
        "PASSED",
        p.admin()
            .http()
            .get(c.providerPath() + "/rectifications/" + id)
            .json()
            .getString("status"));
    JsonObject order = sampled(c, so[0]).get(0);
    assertEquals("PASSED", order.getString("result"));
    assertEquals(2, order.getJsonArray("checks").size());
    assertEquals(id, order.getJsonArray("checks").getJsonObject(1).getString("rectificationId"));
    assertEquals(
        1,
        Db.count(
            "audit_record WHERE action = 'PURCHASE_RECTIFICATION_ANSWERED' AND entity_id = '"
                + id
                + "'"));
  }

  @Test
  void anOverdueRectificationIsListedAsLateAndMayBeFailed() throws Exception {
    Contract c = contract(p, 1);
    String[] so = failedSampledOrder(c);
    Http.Resp issued = issue(c, so[0], so[1], PurchaseWorld.today().toString());
    assertEquals(201, issued.status(), issued::toString);
    String id = issued.json().getString("id");
    String late = c.buyerPath() + "/rectifications?late=true";
    assertEquals(0, g.admin().http().get(late).json().getJsonArray("items").size());
    // Time passes: the deadline was ten days ago (both copies; the superuser moves the clock).
    try (Connection db = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      db.createStatement()
          .executeUpdate(
              "UPDATE purchase_rectification SET deadline = deadline - 10, issued_at = issued_at"
                  + " - interval '17 days' WHERE id = '"
                  + id
                  + "'");
    }
    for (Fixture.TestOrg side : List.of(g, p)) {
      String path = side == g ? c.buyerPath() : c.providerPath();
      Http.Resp r = side.admin().http().get(path + "/rectifications?late=true");
      assertEquals(200, r.status(), r::toString);
      assertEquals(1, r.json().getJsonArray("items").size(), r::toString);
      assertTrue(r.json().getJsonArray("items").getJsonObject(0).getBoolean("late"));
    }
    assertEquals(
        0,
        g.admin()
            .http()
            .get(c.buyerPath() + "/rectifications?late=false")
            .json()
            .getJsonArray("items")
            .size());
    Http.Resp bad = g.admin().http().get(late.replace("true", "maybe"));
    assertEquals(400, bad.status(), bad::toString);
    Http.Resp notPassed =
        g.admin()
            .http()
            .post(c.buyerPath() + "/rectifications/" + id + "/close", "{\"outcome\":\"PASSED\"}");
    assertEquals(409, notPassed.status(), notPassed::toString);
    Http.Resp failed =
        g.admin()
            .http()
            .post(
                c.buyerPath() + "/rectifications/" + id + "/close",
                "{\"outcome\":\"FAILED\",\"note\":\"逾期未整改\"}");
    assertEquals(200, failed.status(), failed::toString);
    assertEquals("FAILED", sampled(c, so[0]).get(0).getString("result"));
  }

  @Test
  void aProviderNeverSeesAnotherProvidersRectifications() {
    Contract c = contract(p, 1);
    Contract other = contract(p2, 0);
    String[] so = failedSampledOrder(c);
    String id =
        issue(c, so[0], so[1], PurchaseWorld.today().plusDays(3).toString()).json().getString("id");
    Http intruder = p2.admin().http();
    Http.Resp viaOwnContract = intruder.get(other.providerPath() + "/rectifications/" + id);
    assertEquals(404, viaOwnContract.status(), viaOwnContract::toString);
    assertEquals("RECTIFICATION_NOT_FOUND", viaOwnContract.code());
    Http.Resp viaTheirContract =
        intruder.get(p2.path() + "/contracts/" + c.id() + "/rectifications");
    assertEquals(404, viaTheirContract.status(), viaTheirContract::toString);
    assertEquals("CONTRACT_NOT_FOUND", viaTheirContract.code());
    Http.Resp answer =
        intruder.post(
            other.providerPath() + "/rectifications/" + id + "/answer", "{\"text\":\"x\"}");
    assertEquals(404, answer.status(), answer::toString);
    Http.Resp theirPath = intruder.get(c.providerPath() + "/rectifications");
    assertEquals(403, theirPath.status(), theirPath::toString);
    assertEquals("NOT_A_MEMBER", theirPath.code());
    assertEquals(
        0,
        intruder.get(other.providerPath() + "/rectifications").json().getJsonArray("items").size());
    assertEquals(
        "OPEN",
        p.admin()
            .http()
            .get(c.providerPath() + "/rectifications/" + id)
            .json()
            .getString("status"));
  }
}
