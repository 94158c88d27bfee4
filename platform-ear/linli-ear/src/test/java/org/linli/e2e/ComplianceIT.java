package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.DisbursementWorld;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/**
 * The 慈善法 meter over HTTP, computed from real books: last year's income and net assets pick the
 * band of the 2016 三部门规定, this year's 5101/5201 give the ratios to date and forecast; the profile
 * switches the rule; the disclosure calendar lists what is due with its status.
 */
class ComplianceIT {
  static final Fixture fx = Fixture.get();

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  static final int YEAR = today().getYear();
  static Fixture.TestOrg org;
  static Http admin;
  static Http finance;
  static Http auditor;

  @BeforeAll
  static void books() {
    org = fx.createOrg("cmp-" + Ids.suffix());
    admin = org.admin().http();
    finance =
        Fixture.invite(admin, org.code(), "fin@" + org.code() + ".test", List.of("finance")).http();
    auditor =
        Fixture.invite(admin, org.code(), "aud@" + org.code() + ".test", List.of("auditor")).http();
    // Last year: 300万 unrestricted income, nothing spent: net assets 300万 (第九条(三) band).
    post(LocalDate.of(YEAR - 1, 3, 1), "上年捐赠", "1002", "410101", "3000000.00", null);
    // This year: 15万 charitable activities, 3万 management.
    LocalDate early = LocalDate.of(YEAR, 1, 2);
    post(early, "救助支出", "510101", "1002", "150000.00", null);
    post(early, "办公费", "520101", "1002", "30000.00", null);
  }

  static void post(
      LocalDate date, String summary, String debit, String credit, String amount, String fund) {
    var creditLine = Json.createObjectBuilder().add("accountCode", credit).add("credit", amount);
    if (fund != null) {
      creditLine.add("fundId", fund);
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("date", date.toString())
            .add("summary", summary)
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("accountCode", debit).add("debit", amount))
                    .add(creditLine))
            .build();
    Http.Resp d = admin.post(org.path() + "/accounting/vouchers", body);
    assertEquals(201, d.status(), d::toString);
    Http.Resp p =
        finance.post(
            org.path() + "/accounting/vouchers/" + d.json().getString("id") + "/approve", null);
    assertEquals(200, p.status(), p::toString);
  }

  static String forecast(String toDate) {
    long fen = new BigDecimal(toDate).movePointRight(2).longValueExact();
    long f = Math.round((double) fen * today().lengthOfYear() / today().getDayOfYear());
    return BigDecimal.valueOf(f, 2).toPlainString();
  }

  @Test
  void theMeterAppliesTheBandOfLastYearsNetAssetsAndTheProfileSwitchesTheRule() {
    Http.Resp staff = org.staff().http().get(org.path() + "/compliance/meter");
    assertEquals(403, staff.status(), staff::toString);
    Http.Resp r = auditor.get(org.path() + "/compliance/meter");
    assertEquals(200, r.status(), r::toString);
    JsonObject m = r.json();
    assertEquals(YEAR, m.getInt("year"));
    assertEquals("3000000.00", m.getString("priorNetAssets"));
    assertEquals("3000000.00", m.getString("priorIncome"));
    JsonObject rule = m.getJsonObject("rule");
    assertEquals("第九条(三)", rule.getString("article"), "100万–500万, not public fundraising");
    assertEquals("PRIOR_YEAR_NET_ASSETS", rule.getString("basis"));
    assertEquals("8.0", rule.getString("minSpendingPercent"));
    assertEquals("15.0", rule.getString("maxManagementPercent"));
    JsonObject spending = m.getJsonObject("spending");
    assertEquals("240000.00", spending.getString("minimum"));
    assertEquals("150000.00", spending.getString("toDate"));
    assertEquals("5.0", spending.getString("toDatePercent"));
    assertEquals(forecast("150000.00"), spending.getString("forecast"));
    long forecastFen = new BigDecimal(forecast("150000.00")).movePointRight(2).longValueExact();
    assertEquals(forecastFen >= 24_000_000L ? "ON_TRACK" : "AT_RISK", spending.getString("status"));
    JsonObject management = m.getJsonObject("management");
    assertEquals("30000.00", management.getString("toDate"));
    assertEquals("180000.00", management.getString("totalExpensesToDate"));
    assertTrue(management.getBoolean("exempt"), "under 20万 (第十一条)");
    assertEquals("EXEMPT", management.getString("status"));

    Http.Resp profile = finance.get(org.path() + "/compliance/profile");
    assertEquals(0, profile.json().getInt("version"));
    Http.Resp changed =
        finance
            .header("If-Match", profile.header("ETag"))
            .put(
                org.path() + "/compliance/profile",
                "{\"type\":\"FOUNDATION\",\"publicFundraising\":true}");
    assertEquals(200, changed.status(), changed::toString);
    JsonObject pub = auditor.get(org.path() + "/compliance/meter").json();
    assertEquals("第六条", pub.getJsonObject("rule").getString("article"));
    assertEquals("PRIOR_YEAR_INCOME", pub.getJsonObject("rule").getString("basis"));
    assertEquals("2100000.00", pub.getJsonObject("spending").getString("minimum"), "70% of 300万");
    assertFalse(pub.getJsonObject("rule").getBoolean("managementExemptionApplies"));
    assertEquals("16.7", pub.getJsonObject("management").getString("forecastPercent"));
    assertEquals("OVER", pub.getJsonObject("management").getString("status"), "16.7% > 10%");

    Http.Resp stale =
        finance
            .header("If-Match", profile.header("ETag"))
            .put(
                org.path() + "/compliance/profile",
                "{\"type\":\"SOCIAL_GROUP\",\"publicFundraising\":false}");
    assertEquals(412, stale.status(), stale::toString);
    Http.Resp future = auditor.get(org.path() + "/compliance/meter?year=" + (YEAR + 1));
    assertEquals(400, future.status(), future::toString);
    assertEquals("COMPLIANCE_YEAR_IN_FUTURE", future.code());
    Http.Resp lastYear = auditor.get(org.path() + "/compliance/meter?year=" + (YEAR - 1));
    assertEquals(200, lastYear.status(), lastYear::toString);
    assertEquals(LocalDate.of(YEAR - 1, 12, 31).toString(), lastYear.json().getString("asOf"));
  }

  @Test
  void theDisclosureCalendarListsWhatIsDueWithItsStatus() {
    String fund = DisbursementWorld.fund(org, "结束项目 " + Ids.suffix());
    post(today().minusDays(1), "项目捐赠", "1002", "410102", "100.00", fund);
    // A fund whose end date has passed with money left owes a leftover disclosure in 3 months.
    String ended =
        admin
            .post(
                org.path() + "/funds",
                Json.createObjectBuilder()
                    .add("name", "已结束项目 " + Ids.suffix())
                    .add("restrictedUntil", today().minusDays(10).toString())
                    .add("startDate", today().minusYears(1).toString())
                    .add("endDate", today().minusDays(10).toString())
                    .build())
            .json()
            .getString("id");
    post(today().minusDays(20), "项目捐赠", "1002", "410102", "50.00", ended);

    Http.Resp registered =
        finance.post(
            org.path() + "/compliance/disclosures",
            Json.createObjectBuilder()
                .add("title", "出售办公用房")
                .add("occurredOn", today().minusDays(40).toString())
                .build());
    assertEquals(201, registered.status(), registered::toString);
    String key = registered.json().getString("key");
    assertEquals(today().minusDays(10).toString(), registered.json().getString("due"));
    assertEquals("OVERDUE", registered.json().getString("status"));

    Map<String, JsonObject> items = calendar();
    JsonObject annual = items.get("ANNUAL_REPORT-" + (YEAR - 1));
    assertEquals(LocalDate.of(YEAR, 5, 31).toString(), annual.getString("due"));
    assertEquals(
        today().isAfter(LocalDate.of(YEAR, 5, 31)) ? "OVERDUE" : "DUE", annual.getString("status"));
    JsonObject leftover = items.get("PROJECT_LEFTOVER-" + ended);
    assertEquals(today().minusDays(10).plusMonths(3).toString(), leftover.getString("due"));
    assertEquals("DUE", leftover.getString("status"));
    assertFalse(items.containsKey("PROJECT_LEFTOVER-" + fund), "not ended");

    Http.Resp done =
        finance.post(
            org.path() + "/compliance/disclosures/" + key + "/disclosure",
            Json.createObjectBuilder()
                .add("disclosedOn", today().toString())
                .add("reference", "慈善中国 公告编号 2026-001")
                .build());
    assertEquals(200, done.status(), done::toString);
    assertEquals("DONE_LATE", done.json().getString("status"));
    assertEquals("DONE_LATE", calendar().get(key).getString("status"));
    Http.Resp again =
        finance.post(
            org.path() + "/compliance/disclosures/" + key + "/disclosure",
            "{\"disclosedOn\":\"" + today() + "\",\"reference\":\"x\"}");
    assertEquals(409, again.status(), again::toString);
    assertEquals("DISCLOSURE_ALREADY_DONE", again.code());
    Http.Resp annualDone =
        admin.post(
            org.path() + "/compliance/disclosures/ANNUAL_REPORT-" + (YEAR - 1) + "/disclosure",
            "{\"disclosedOn\":\"" + today() + "\",\"reference\":\"年报\"}");
    assertEquals(200, annualDone.status(), annualDone::toString);
    Http.Resp unknown =
        admin.post(
            org.path() + "/compliance/disclosures/ANNUAL_REPORT-1999/disclosure",
            "{\"disclosedOn\":\"" + today() + "\",\"reference\":\"x\"}");
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("DISCLOSURE_NOT_FOUND", unknown.code());
    Http.Resp futureEvent =
        finance.post(
            org.path() + "/compliance/disclosures",
            "{\"title\":\"x\",\"occurredOn\":\"" + today().plusDays(2) + "\"}");
    assertEquals(400, futureEvent.status(), futureEvent::toString);
  }

  static Map<String, JsonObject> calendar() {
    Http.Resp r = auditor.get(org.path() + "/compliance/disclosures?limit=100");
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(o -> o.getString("key"), o -> o));
  }
}
