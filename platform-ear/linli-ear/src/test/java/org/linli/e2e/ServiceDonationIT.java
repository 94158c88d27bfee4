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
    Http a = admin();
    String etag = a.get(path("/settings")).header("ETag");
    return a.header("If-Match", etag)
        .put(
            path("/settings"),
            "{\"ratePerHour\":\"" + rate + "\",\"recognised\":" + recognised + "}");
  }

  static JsonObject voucher(String id) {
    Http.Resp v = admin().get(org.path() + "/accounting/vouchers/" + id);
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
    assertEquals(false, unset.json().getBoolean("recognised"));
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
        admin().put(path("/settings"), "{\"ratePerHour\":\"30.00\",\"recognised\":true}").status());
    assertEquals(
        403,
        finance
            .header("If-Match", "\"0\"")
            .put(path("/settings"), "{\"ratePerHour\":\"30.00\",\"recognised\":true}")
            .status());
    Http.Resp set = setRate("30.00", true);
    assertEquals(200, set.status(), set::toString);
    assertEquals("30.00", set.json().getString("ratePerHour"));
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
            .put(base + "/settings", "{\"ratePerHour\":\"25.00\",\"recognised\":true}");
    assertEquals(200, set.status(), set::toString);
    Http.Resp r =
        a.header("Idempotency-Key", "svc-" + System.nanoTime())
            .post(base + "/runs", "{\"month\":\"" + month + "\"}");
    assertEquals(422, r.status(), r::toString);
    assertEquals("SERVICE_DONATIONS_NEED_2024_CHART", r.code());
    assertEquals(0, a.get(base + "/runs").json().getJsonArray("items").size(), "nothing written");
  }
}
