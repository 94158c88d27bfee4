package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.VolunteerWorld;

/**
 * 服务捐赠 over HTTP: the rate setting, a month's approved hours valued once and posted as one voucher
 * (Dr 510103 / Cr 410103), re-runs that post only what is new, a rate change that applies to new
 * records only, a correction after booking taken back in the open period, books on the 2004 chart
 * refused, and the ledger balanced throughout. Runs in organizations of its own.
 */
class ServiceDonationIT {
  static final Fixture fx = Fixture.get();
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static Fixture.TestOrg org;
  static VolunteerWorld world;
  static String volunteer;
  static YearMonth month;

  @BeforeAll
  static void organization() {
    org = fx.createOrg("svc-" + Ids.suffix());
    world = new VolunteerWorld(org);
    volunteer = world.activeVolunteer();
    month = YearMonth.now(CHINA).minusMonths(1);
  }

  static Http admin() {
    return org.admin().http();
  }

  static Http finance() {
    return Fixture.invite(
            admin(),
            org.code(),
            "fin" + Ids.suffix() + "@" + org.code() + ".test",
            List.of("finance"))
        .http();
  }

  static String path(String p) {
    return org.path() + "/accounting/service-donations" + p;
  }

  /** A record of {@code minutes} on day {@code day} of the month at 09:00 China time. */
  static JsonObject facts(YearMonth m, int day, int minutes) {
    OffsetDateTime start = m.atDay(day).atTime(1, 0).atOffset(ZoneOffset.UTC);
    return Json.createObjectBuilder()
        .add("activityName", "社区助老服务")
        .add("serviceDate", start.toLocalDate().toString())
        .add("location", "南京市鼓楼区湖南路1号")
        .add("content", "陪伴老人、整理物资")
        .add("startedAt", start.toString())
        .add("endedAt", start.plusMinutes(minutes).toString())
        .add("organizer", "阳光社工")
        .add("responsiblePerson", "李强")
        .build();
  }

  static String record(YearMonth m, int day, int minutes, boolean approve) {
    Http.Resp r = world.enterRecord(volunteer, facts(m, day, minutes));
    assertEquals(201, r.status(), r::toString);
    String id = r.json().getString("id");
    if (approve) {
      Http.Resp a = world.review("APPROVE", null, id);
      assertEquals(200, a.status(), a::toString);
    }
    return id;
  }

  static Http.Resp run(Http who, String m) {
    return who.header("Idempotency-Key", "svc-" + System.nanoTime())
        .post(path("/runs"), "{\"month\":\"" + m + "\"}");
  }

  static Http.Resp setRate(String rate, boolean recognised) {
    return setRates(admin(), path(""), rate, "[]", recognised ? "RECOGNISE" : "OFF");
  }

  /** PUT settings with the current ETag; {@code base} is the service-donations path. */
  static Http.Resp setRates(Http a, String base, String rate, String categoryRates, String mode) {
    String etag = a.get(base + "/settings").header("ETag");
    return a.header("If-Match", etag)
        .put(
            base + "/settings",
            "{\"ratePerHour\":\""
                + rate
                + "\",\"categoryRates\":"
                + categoryRates
                + ",\"mode\":\""
                + mode
                + "\"}");
  }

  static JsonObject voucher(String id) {
    return voucher(admin(), org, id);
  }

  static JsonObject voucher(Http a, Fixture.TestOrg o, String id) {
    Http.Resp v = a.get(o.path() + "/accounting/vouchers/" + id);
    assertEquals(200, v.status(), v::toString);
    return v.json();
  }

  static JsonObject tbRow(JsonObject tb, String code) {
    return tb.getJsonArray("accounts").stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMonthIsValuedOnceAtTheRateAndCorrectionsAreTakenBack() {
    Http finance = finance();
    // Not set: nothing is recognised.
    Http.Resp unset = admin().get(path("/settings"));
    assertEquals(200, unset.status(), unset::toString);
    assertEquals(0, unset.json().getInt("version"));
    assertEquals("OFF", unset.json().getString("mode"));
    assertEquals(0, unset.json().getJsonArray("categoryRates").size());
    Http.Resp refused = run(finance, month.toString());
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("SERVICE_DONATIONS_NOT_RECOGNISED", refused.code());

    // Bad settings: 400 with a stable code, nothing written; finance may not set the rate.
    for (String bad : List.of("0", "0.00", "-5.00", "30.001", "abc")) {
      Http.Resp r = setRate(bad, true);
      assertEquals(400, r.status(), bad + " " + r);
      assertEquals("INVALID_RATE", r.code(), bad);
    }
    assertEquals(
        428,
        admin()
            .put(path("/settings"), "{\"ratePerHour\":\"30.00\",\"mode\":\"RECOGNISE\"}")
            .status());
    assertEquals(
        403,
        finance
            .header("If-Match", "\"0\"")
            .put(path("/settings"), "{\"ratePerHour\":\"30.00\",\"mode\":\"RECOGNISE\"}")
            .status());
    Http.Resp set = setRate("30.00", true);
    assertEquals(200, set.status(), set::toString);
    assertEquals("30.00", set.json().getString("ratePerHour"));
    assertEquals("RECOGNISE", set.json().getString("mode"));
    assertEquals("\"1\"", set.header("ETag"));

    // A month with no hours: 200, nothing posted.
    Http.Resp empty = run(finance, month.minusMonths(6).toString());
    assertEquals(200, empty.status(), empty::toString);
    assertEquals("NOTHING_NEW", empty.json().getString("outcome"));
    assertEquals("0.00", empty.json().getString("amount"));
    assertTrue(
        !empty.json().containsKey("voucherId") || empty.json().isNull("voucherId"), "no voucher");

    // Two approved records (60 + 90 min) and a pending one: 2.50 h × 30.00 = 75.00.
    String first = record(month, 2, 60, true);
    record(month, 3, 90, true);
    String pending = record(month, 4, 30, false);
    record(month.minusMonths(1), 20, 45, true); // another month: not part of this run
    String key = "svc-" + System.nanoTime();
    Http keyed = finance.header("Idempotency-Key", key);
    Http.Resp posted = keyed.post(path("/runs"), "{\"month\":\"" + month + "\"}");
    assertEquals(201, posted.status(), posted::toString);
    JsonObject run1 = posted.json();
    assertEquals("POSTED", run1.getString("outcome"));
    assertEquals("RECOGNISE", run1.getString("mode"));
    assertEquals(2, run1.getInt("records"));
    assertEquals("2.50", run1.getString("hours"));
    assertEquals("75.00", run1.getString("amount"));
    assertEquals("30.00", run1.getString("ratePerHour"));
    assertEquals(month.atEndOfMonth().toString(), run1.getString("voucherDate"));
    assertTrue(run1.getString("voucherNumber").startsWith("记-"), run1::toString);
    JsonObject v1 = voucher(run1.getString("voucherId"));
    assertEquals("POSTED", v1.getString("status"));
    assertEquals("SERVICE_DONATION", v1.getString("source"));
    assertEquals(2, v1.getJsonArray("lines").size());
    JsonObject debit = v1.getJsonArray("lines").getJsonObject(0);
    JsonObject credit = v1.getJsonArray("lines").getJsonObject(1);
    assertEquals("510103", debit.getString("accountCode"));
    assertEquals("75.00", debit.getString("debit"));
    assertEquals("410103", credit.getString("accountCode"));
    assertEquals("75.00", credit.getString("credit"));

    // The same key again: the first answer, nothing new written.
    Http.Resp replay = keyed.post(path("/runs"), "{\"month\":\"" + month + "\"}");
    assertEquals(201, replay.status(), replay::toString);
    assertEquals(run1.getString("id"), replay.json().getString("id"));
    // A new run of the same month: nothing new, never twice.
    Http.Resp again = run(finance, month.toString());
    assertEquals(200, again.status(), again::toString);
    assertEquals("NOTHING_NEW", again.json().getString("outcome"));

    // The pending record is approved, then the rate changes: only the new record, at the new rate.
    assertEquals(200, world.review("APPROVE", null, pending).status());
    assertEquals(200, setRate("40.00", true).status());
    Http.Resp second = run(admin(), month.toString());
    assertEquals(201, second.status(), second::toString);
    assertEquals(1, second.json().getInt("records"));
    assertEquals("0.50", second.json().getString("hours"));
    assertEquals("20.00", second.json().getString("amount"));
    assertEquals("40.00", second.json().getString("ratePerHour"));

    // The month is closed; then the first record is corrected (60 → 120 min) and the correction
    // approved: the next run takes back 30.00 and values 120 min at 40.00, dated in the open
    // period.
    Http.Resp close = finance.post(org.path() + "/accounting/periods/" + month + "/close", null);
    assertEquals(200, close.status(), close::toString);
    Http.Resp corr =
        admin()
            .post(
                org.path() + "/service-records/" + first + "/correction",
                Json.createObjectBuilder()
                    .add("facts", facts(month, 2, 120))
                    .add("reason", "签退时间记错")
                    .build());
    assertEquals(201, corr.status(), corr::toString);
    assertEquals(200, world.review("APPROVE", null, corr.json().getString("id")).status());
    Http.Resp third = run(finance, month.toString());
    assertEquals(201, third.status(), third::toString);
    JsonObject run3 = third.json();
    assertEquals(1, run3.getInt("records"));
    assertEquals("80.00", run3.getString("amount"));
    assertEquals(1, run3.getInt("reversedRecords"));
    assertEquals("1.00", run3.getString("reversedHours"));
    assertEquals("30.00", run3.getString("reversedAmount"), "taken back at the rate it was booked");
    assertEquals(LocalDate.now(CHINA).toString(), run3.getString("voucherDate"));
    JsonObject v3 = voucher(run3.getString("voucherId"));
    assertEquals(4, v3.getJsonArray("lines").size());
    assertEquals("NOTHING_NEW", run(finance, month.toString()).json().getString("outcome"));

    // The runs of the month, newest first.
    Http.Resp runs = finance.get(path("/runs?month=" + month));
    assertEquals(200, runs.status(), runs::toString);
    assertEquals(3, runs.json().getJsonArray("items").size());
    assertEquals(
        run3.getString("id"), runs.json().getJsonArray("items").getJsonObject(0).getString("id"));

    // The ledger balances, and 410103 / 510103 hold what is still booked: 75 + 20 − 30 + 80 = 145.
    Http.Resp tb =
        admin()
            .get(
                org.path()
                    + "/accounting/trial-balance?from="
                    + month.minusMonths(1).atDay(1)
                    + "&to="
                    + LocalDate.now(CHINA));
    assertEquals(200, tb.status(), tb::toString);
    assertTrue(tb.json().getJsonObject("totals").getBoolean("balanced"), tb::toString);
    JsonObject income = tbRow(tb.json(), "410103");
    JsonObject expense = tbRow(tb.json(), "510103");
    // The month's close moved 95.00 (75 + 20) into 3101; 30.00 was taken back since.
    assertEquals("175.00", income.getString("credit"), "75 + 20 + 80 credited");
    assertEquals("125.00", income.getString("debit"), "95 closed + 30 taken back");
    assertEquals("175.00", expense.getString("debit"));
    assertEquals("125.00", expense.getString("credit"));
    assertEquals("50.00", income.getString("closingCredit"), "80 − 30 still open");
    assertEquals("50.00", expense.getString("closingDebit"));
    Http.Resp ledger = admin().get(org.path() + "/ledger/invariants");
    assertEquals(200, ledger.status(), ledger::toString);
    assertTrue(ledger.json().getBoolean("ok"), "postings sum to zero, balances match: " + ledger);
  }

  @Test
  void badMonthsAndRolesAreRefused() {
    Http finance = finance();
    Http.Resp bad = run(finance, "2026-13");
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("INVALID_PERIOD", bad.code());
    Http.Resp future = run(finance, YearMonth.now(CHINA).plusMonths(1).toString());
    assertEquals(422, future.status(), future::toString);
    assertEquals("SERVICE_MONTH_NOT_STARTED", future.code());
    Http.Resp noKey = finance.post(path("/runs"), "{\"month\":\"" + month + "\"}");
    assertEquals(400, noKey.status(), noKey::toString);
    Http staff = org.staff().http();
    assertEquals(403, run(staff, month.toString()).status());
    assertEquals(403, staff.get(path("/settings")).status());
  }

  @Test
  void booksOnThe2004ChartAreRefusedWithAStableCode() {
    Fixture.TestOrg old = fx.createOrg("svc4-" + Ids.suffix());
    Http a = old.admin().http();
    Http.Resp opened = a.post(old.path() + "/accounting/books", "{\"chartVersion\":\"2004\"}");
    assertTrue(opened.status() == 201 || opened.status() == 200, opened::toString);
    String base = old.path() + "/accounting/service-donations";
    Http.Resp set =
        a.header("If-Match", "\"0\"")
            .put(base + "/settings", "{\"ratePerHour\":\"25.00\",\"mode\":\"RECOGNISE\"}");
    assertEquals(200, set.status(), set::toString);
    Http.Resp r =
        a.header("Idempotency-Key", "svc-" + System.nanoTime())
            .post(base + "/runs", "{\"month\":\"" + month + "\"}");
    assertEquals(422, r.status(), r::toString);
    assertEquals("SERVICE_DONATIONS_NEED_2024_CHART", r.code());
    assertEquals(0, a.get(base + "/runs").json().getJsonArray("items").size(), "nothing written");
    // Disclosing needs no 服务捐赠 accounts: the 2004 books disclose 劳务捐赠 in the notes.
    String etag = a.get(base + "/settings").header("ETag");
    Http.Resp disclose =
        a.header("If-Match", etag)
            .put(base + "/settings", "{\"ratePerHour\":\"25.00\",\"mode\":\"DISCLOSE\"}");
    assertEquals(200, disclose.status(), disclose::toString);
    Http.Resp d =
        a.header("Idempotency-Key", "svc-" + System.nanoTime())
            .post(base + "/runs", "{\"month\":\"" + month + "\"}");
    assertEquals(200, d.status(), d::toString);
    assertEquals("NOTHING_NEW", d.json().getString("outcome"), "no hours in this organization");
  }

  // ---- Rates per service category and the disclosure-only mode (ADR 0018, second step) ----

  static String activity(Http staff, Fixture.TestOrg o, String category) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("title", "活动 " + category)
            .add("serviceCategory", category)
            .add("organizer", "阳光社工")
            .add("responsiblePerson", "李强")
            .add("address", "南京市鼓楼区湖南路1号")
            .add("latitude", 32.0603)
            .add("longitude", 118.7969)
            .add("checkinRadiusMeters", 200)
            .add("riskDisclosure", "注意安全")
            .add("insuranceArranged", true)
            .build();
    Http.Resp created = staff.post(o.path() + "/activities", body);
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  static String approvedIn(
      VolunteerWorld w, String vol, String activityId, YearMonth m, int day, int minutes) {
    JsonObject f = facts(m, day, minutes);
    if (activityId != null) {
      f = Json.createObjectBuilder(f).add("activityId", activityId).build();
    }
    Http.Resp r = w.enterRecord(vol, f);
    assertEquals(201, r.status(), r::toString);
    String id = r.json().getString("id");
    assertEquals(200, w.review("APPROVE", null, id).status());
    return id;
  }

  static JsonObject trialBalance(Http a, Fixture.TestOrg o) {
    Http.Resp tb =
        a.get(
            o.path()
                + "/accounting/trial-balance?from="
                + month.minusMonths(1).atDay(1)
                + "&to="
                + LocalDate.now(CHINA));
    assertEquals(200, tb.status(), tb::toString);
    return Json.createObjectBuilder()
        .add("accounts", tb.json().getJsonArray("accounts"))
        .add("totals", tb.json().getJsonObject("totals"))
        .build();
  }

  @Test
  void eachCategoryAtItsRateAndADisclosurePostsNothingAndNeverTwice() {
    Fixture.TestOrg o = fx.createOrg("svcc-" + Ids.suffix());
    VolunteerWorld w = new VolunteerWorld(o);
    String vol = w.activeVolunteer();
    Http a = o.admin().http();
    Http staff = o.staff().http();
    String base = o.path() + "/accounting/service-donations";
    Http.Resp books = a.post(o.path() + "/accounting/books", "{\"chartVersion\":\"2024\"}");
    assertTrue(books.status() == 201 || books.status() == 200, books::toString);
    String care = activity(staff, o, "助老");
    String tutoring = activity(staff, o, "助学");
    String other = activity(staff, o, "环保");

    // Bad category rates: 400 with a stable code, nothing written.
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 51; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"category\":\"c")
          .append(i)
          .append("\",\"ratePerHour\":\"1.00\"}");
    }
    String tooMany = many.append("]").toString();
    List<List<String>> bad =
        List.of(
            List.of("[{\"category\":\"助老\",\"ratePerHour\":\"0\"}]", "INVALID_RATE"),
            List.of("[{\"category\":\"助老\",\"ratePerHour\":\"-1.00\"}]", "INVALID_RATE"),
            List.of("[{\"category\":\"助老\",\"ratePerHour\":\"12.345\"}]", "INVALID_RATE"),
            List.of("[{\"category\":\" \",\"ratePerHour\":\"12.00\"}]", "INVALID_SERVICE_CATEGORY"),
            List.of(
                "[{\"category\":\"" + "长".repeat(31) + "\",\"ratePerHour\":\"12.00\"}]",
                "INVALID_SERVICE_CATEGORY"),
            List.of(
                "[{\"category\":\"助老\",\"ratePerHour\":\"45.00\"},"
                    + "{\"category\":\"助老\",\"ratePerHour\":\"50.00\"}]",
                "DUPLICATE_SERVICE_CATEGORY"),
            List.of(tooMany, "TOO_MANY_CATEGORY_RATES"));
    for (List<String> b : bad) {
      Http.Resp r = setRates(a, base, "30.00", b.get(0), "DISCLOSE");
      assertEquals(400, r.status(), b + " " + r);
      assertEquals(b.get(1), r.code(), b.get(0));
    }
    Http.Resp badMode = setRates(a, base, "30.00", "[]", "SOMETIMES");
    assertEquals(400, badMode.status(), badMode::toString);
    assertEquals("INVALID_SERVICE_DONATION_MODE", badMode.code());
    assertEquals(0, a.get(base + "/settings").json().getInt("version"), "nothing written");

    Http.Resp set =
        setRates(
            a,
            base,
            "30.00",
            "[{\"category\":\"助老\",\"ratePerHour\":\"45.00\"},"
                + "{\"category\":\"助学\",\"ratePerHour\":\"60\"}]",
            "DISCLOSE");
    assertEquals(200, set.status(), set::toString);
    JsonObject settings = a.get(base + "/settings").json();
    assertEquals("DISCLOSE", settings.getString("mode"));
    assertEquals("30.00", settings.getString("ratePerHour"));
    assertEquals(2, settings.getJsonArray("categoryRates").size());
    assertEquals(
        "助老", settings.getJsonArray("categoryRates").getJsonObject(0).getString("category"));
    assertEquals(
        "60.00", settings.getJsonArray("categoryRates").getJsonObject(1).getString("ratePerHour"));

    // 90 min 助老 at 45.00 = 67.50; 50 min 助学 at 60.00 = 50.00; 45 min 环保 (no rate of its own)
    // at the default 30.00 = 22.50; 25 min without an activity at 30.00 = 12.50. Total 152.50.
    approvedIn(w, vol, care, month, 2, 90);
    approvedIn(w, vol, tutoring, month, 3, 50);
    approvedIn(w, vol, other, month, 4, 45);
    approvedIn(w, vol, null, month, 5, 25);
    JsonObject tbBefore = trialBalance(a, o);
    Http.Resp disclosed =
        a.header("Idempotency-Key", "svc-" + System.nanoTime())
            .post(base + "/runs", "{\"month\":\"" + month + "\"}");
    assertEquals(201, disclosed.status(), disclosed::toString);
    JsonObject d = disclosed.json();
    assertEquals("DISCLOSE", d.getString("mode"));
    assertEquals("DISCLOSED", d.getString("outcome"));
    assertEquals(4, d.getInt("records"));
    assertEquals("3.50", d.getString("hours"));
    assertEquals("152.50", d.getString("amount"));
    assertTrue(!d.containsKey("voucherId") || d.isNull("voucherId"), "no voucher: " + d);
    assertEquals(tbBefore, trialBalance(a, o), "a disclosure posts nothing to the books");
    assertEquals(
        "NOTHING_NEW",
        a.header("Idempotency-Key", "svc-" + System.nanoTime())
            .post(base + "/runs", "{\"month\":\"" + month + "\"}")
            .json()
            .getString("outcome"),
        "never twice");

    // Recognising from now on: hours already disclosed are never booked as well; new hours are.
    assertEquals(
        200,
        setRates(a, base, "30.00", "[{\"category\":\"助学\",\"ratePerHour\":\"60.00\"}]", "RECOGNISE")
            .status());
    approvedIn(w, vol, tutoring, month, 6, 30);
    Http.Resp recognised =
        a.header("Idempotency-Key", "svc-" + System.nanoTime())
            .post(base + "/runs", "{\"month\":\"" + month + "\"}");
    assertEquals(201, recognised.status(), recognised::toString);
    JsonObject r = recognised.json();
    assertEquals("RECOGNISE", r.getString("mode"));
    assertEquals(1, r.getInt("records"), "only the new record");
    assertEquals("30.00", r.getString("amount"), "30 min × 60.00");
    JsonObject v = voucher(a, o, r.getString("voucherId"));
    assertEquals("30.00", v.getJsonArray("lines").getJsonObject(0).getString("debit"));

    Http.Resp runs = a.get(base + "/runs?month=" + month);
    assertEquals(200, runs.status(), runs::toString);
    assertEquals(2, runs.json().getJsonArray("items").size());
    assertEquals("RECOGNISE", runs.json().getJsonArray("items").getJsonObject(0).getString("mode"));
    JsonObject listed = runs.json().getJsonArray("items").getJsonObject(1);
    assertEquals("DISCLOSE", listed.getString("mode"));
    assertEquals("DISCLOSED", listed.getString("outcome"));
    assertEquals("152.50", listed.getString("amount"));
    JsonObject tb = trialBalance(a, o);
    assertEquals("30.00", tbRow(tb, "410103").getString("closingCredit"), "only the booked 30.00");
    assertTrue(tb.getJsonObject("totals").getBoolean("balanced"), tb::toString);
  }
}
