package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.TestEnv;

/** The demo data that `linli run` shows is loaded at start-up and usable with the demo logins. */
class DemoDataIT {
  static Http as(String login) {
    return Http.as(Keycloak.token(login, TestEnv.get("LINLI_DEMO_PASSWORD")));
  }

  @Test
  void demoOrganizationsPeopleActivitiesAndHoursAreThere() {
    Http admin = as("admin@sunshine.demo");
    Http.Resp members = admin.get("/api/v1/orgs/sunshine-sw/members");
    assertEquals(200, members.status(), members::toString);
    assertEquals(5, members.json().getJsonArray("items").size());
    assertTrue(
        admin.get("/api/v1/orgs/sunshine-sw/activities").json().getJsonArray("items").size() >= 1);
    assertEquals(
        2,
        admin
            .get("/api/v1/orgs/sunshine-sw/volunteers?status=ACTIVE")
            .json()
            .getJsonArray("items")
            .size());

    Http.Resp mine = as("zhang.wei@volunteer.demo").get("/api/v1/me/service-records");
    assertEquals(200, mine.status(), mine::toString);
    assertEquals(
        "6.00", mine.json().getString("approvedHours"), "3 hours in each of two organizations");
    assertEquals(
        2,
        as("zhang.wei@volunteer.demo").get("/api/v1/me").json().getJsonArray("memberships").size());

    String volunteer =
        admin
            .get("/api/v1/orgs/sunshine-sw/volunteers?status=ACTIVE")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    var certificates =
        admin
            .get("/api/v1/orgs/sunshine-sw/volunteers/" + volunteer + "/certificates")
            .json()
            .getJsonArray("items");
    assertEquals(1, certificates.size(), "a demo certificate to look at and verify");
    String number = certificates.getJsonObject(0).getString("certificateNo");
    Http.Resp verified = Http.anonymous().get("/api/v1/public/certificates/sunshine-sw/" + number);
    assertEquals(200, verified.status(), verified::toString);
    assertEquals(true, verified.json().getBoolean("valid"));

    Http.Resp auditor = as("auditor@gulou-mz.demo").get("/api/v1/orgs/gulou-mz/audit/verification");
    assertEquals(200, auditor.status());
    assertEquals(true, auditor.json().getBoolean("valid"));
  }

  /** Balance of one organization in GET /api/v1/me/time-accounts. */
  static String myHours(String login, String org) {
    Http.Resp r = as(login).get("/api/v1/me/time-accounts");
    assertEquals(200, r.status(), r::toString);
    var items = r.json().getJsonArray("items");
    return items.stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(o -> o.getString("org").equals(org))
        .map(o -> o.getString("balanceHours"))
        .findFirst()
        .orElse("none");
  }

  @Test
  void demoTimeBankShowsBalancesAFamilyTransferAndAWithdrawal() {
    // 张伟: 3 h deposited, 1 h given to his father; 刘芳: 3 h plus the hour she served him.
    assertEquals("2.00", myHours("zhang.wei@volunteer.demo", "sunshine-sw"));
    assertEquals("3.00", myHours("zhang.wei@volunteer.demo", "heart-assoc"));
    // 刘芳: 3 h plus the hour she served him, minus the hour she redeemed at heart-assoc (通存通兑).
    assertEquals("3.00", myHours("liu.fang@volunteer.demo", "sunshine-sw"));
    assertEquals("4.00", myHours("zhou.tao@volunteer.demo", "heart-assoc"), "he served her");
    Http admin = as("admin@sunshine.demo");
    var father =
        admin
            .get("/api/v1/orgs/sunshine-sw/time-bank/beneficiaries")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("张建国", father.getString("name"));
    assertEquals("0.00", father.getString("balanceHours"), "the transferred hour was spent");
    assertEquals(
        1,
        admin
            .get("/api/v1/orgs/sunshine-sw/time-bank/service-requests?status=CONFIRMED")
            .json()
            .getJsonArray("items")
            .size());
    Http.Resp invariants = admin.get("/api/v1/orgs/sunshine-sw/ledger/invariants");
    assertTrue(invariants.json().getBoolean("ok"), invariants::toString);

    // The clearing statements of the month mirror each other: sunshine owes heart one hour.
    String period = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    assertEquals("1.00", closing(admin, "sunshine-sw", period, "heart-assoc"));
    assertEquals("-1.00", closing(as("admin@heart.demo"), "heart-assoc", period, "sunshine-sw"));
  }

  static String closing(Http admin, String org, String period, String counterparty) {
    Http.Resp r =
        admin.get("/api/v1/orgs/" + org + "/time-bank/clearing/statements?period=" + period);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("counterparties").stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(c -> c.getString("counterpartyOrg").equals(counterparty))
        .map(c -> c.getString("closingHours"))
        .findFirst()
        .orElse("none");
  }

  @Test
  void demoPointsShopHasARedemptionWithAPickupCode() {
    Http.Resp mine = as("zhang.wei@volunteer.demo").get("/api/v1/me/points");
    assertEquals(200, mine.status(), mine::toString);
    var redemption =
        mine.json().getJsonArray("redemptions").stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(r -> r.getString("org").equals("sunshine-sw"))
            .findFirst()
            .orElseThrow();
    assertEquals("环保帆布袋", redemption.getString("itemName"));
    assertEquals(30, redemption.getJsonNumber("points").longValue());
    assertTrue(redemption.getString("pickupCode").matches("[0-9]{8}"), redemption::toString);
    long balance =
        mine.json().getJsonArray("balances").stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(b -> b.getString("org").equals("sunshine-sw"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("balance")
            .longValue();
    assertTrue(balance >= 20, "50 awarded, 30 spent (plus any points his hours earned)");
  }

  @Test
  void demoBooksHoldAYearThatTiesOut() {
    Http finance = as("finance@sunshine.demo");
    String org = "/api/v1/orgs/sunshine-sw";
    Http.Resp funds = finance.get(org + "/funds");
    assertEquals(200, funds.status(), funds::toString);
    java.util.Map<String, String> balances = new java.util.HashMap<>();
    funds.json().getJsonArray("items").stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .forEach(f -> balances.put(f.getString("name"), f.getString("balance")));
    // 50,000 from the company less 1,500 + 8,000 paid out; 20,000 less two fast-lane payments.
    assertEquals("40500.00", balances.get("社区慈善基金"), balances::toString);
    assertEquals("16500.00", balances.get("急难救助备用金"), balances::toString);

    Http.Resp sheet = finance.get(org + "/accounting/statements/balance-sheet");
    assertEquals(200, sheet.status(), sheet::toString);
    assertTrue(sheet.json().getBoolean("balances"), sheet::toString);
    Http.Resp activities = finance.get(org + "/accounting/statements/activities");
    assertEquals(200, activities.status(), activities::toString);
    assertTrue(activities.json().getBoolean("tiesOut"), activities::toString);
    assertEquals(
        sheet.json().getJsonObject("current").getString("totalNetAssets"),
        activities.json().getString("closingNetAssets"));

    Http.Resp receipts = finance.get(org + "/receipts");
    assertEquals(200, receipts.status(), receipts::toString);
    assertEquals(3, receipts.json().getJsonArray("items").size(), receipts::toString);

    Http.Resp overdue =
        as("admin@sunshine.demo").get(org + "/disbursements/fast-lane/overdue-backfills");
    assertEquals(200, overdue.status(), overdue::toString);
    assertEquals(1, overdue.json().getJsonArray("items").size(), overdue::toString);

    String lastMonth =
        java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
    Http.Resp close = finance.post(org + "/accounting/periods/" + lastMonth + "/close", null);
    assertEquals(409, close.status(), close::toString);
    assertEquals("PERIOD_ALREADY_CLOSED", close.json().getString("code"));
  }

  // ---- Government service purchase (issue 20)
  @Test
  void demoBuyerContractsSunshineWithResidentsAndOrders() {
    Http buyer = as("admin@gulou-mz.demo");
    String org = "/api/v1/orgs/gulou-mz";
    Http.Resp contracts = buyer.get(org + "/contracts?status=ACTIVE");
    assertEquals(200, contracts.status(), contracts::toString);
    assertTrue(contracts.body().contains("\"items\":[{"), contracts::toString);
    jakarta.json.JsonObject contract = contracts.json().getJsonArray("items").getJsonObject(0);
    assertEquals("sunshine-sw", contract.getString("providerOrg"));
    assertTrue(contract.getBoolean("published"));
    String id = contract.getString("id");
    Http.Resp detail = buyer.get(org + "/contracts/" + id);
    assertEquals(
        3, detail.json().getJsonArray("versions").getJsonObject(0).getJsonArray("items").size());
    Http.Resp roster = buyer.get(org + "/contracts/" + id + "/residents?limit=100");
    assertEquals(20, roster.json().getJsonArray("items").size(), roster::toString);
    Http.Resp orders = buyer.get(org + "/service-orders?limit=100");
    // 12 of part A, 3 more with the anomalies of part B.
    assertEquals(15, orders.json().getJsonArray("items").size(), orders::toString);
    assertTrue(orders.body().contains("\"status\":\"RATED\""), orders::toString);
    assertTrue(orders.body().contains("\"status\":\"PENDING_DISPATCH\""), orders::toString);
    Http.Resp provider = as("staff@sunshine.demo").get("/api/v1/orgs/sunshine-sw/service-orders");
    assertEquals(200, provider.status(), provider::toString);
    assertTrue(
        provider.json().getJsonArray("items").size() >= 12
            || provider.json().getString("nextCursor", null) != null);
    Http.Resp digest =
        as("auditor@gulou-mz.demo").get(org + "/contracts/" + id + "/evidence/digest");
    assertTrue(digest.json().getInt("lastSeq") >= 20, digest::toString);
    Http.Resp open = Http.anonymous().get("/api/v1/public/purchase-contracts/gulou-mz/" + id);
    assertEquals(200, open.status(), open::toString);
  }

  // ---- Monthly settlement (issue 20, settlement): last month settled, invoiced and paid
  @Test
  void demoSettlementOfLastMonthIsPaidOnBothSidesAndBooked() {
    Http.Resp buyer = as("admin@gulou-mz.demo").get("/api/v1/orgs/gulou-mz/settlements");
    assertEquals(200, buyer.status(), buyer::toString);
    jakarta.json.JsonObject s = buyer.json().getJsonArray("items").getJsonObject(0);
    assertEquals("PAID", s.getString("status"), s::toString);
    assertEquals(
        java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString(),
        s.getString("month"));
    assertTrue(s.getString("invoiceNo").startsWith("FP"), s::toString);
    assertTrue(Double.parseDouble(s.getString("deductionAmount")) > 0, "the open short visit");
    Http.Resp provider =
        as("admin@sunshine.demo").get("/api/v1/orgs/sunshine-sw/settlements/" + s.getString("id"));
    assertEquals(200, provider.status(), provider::toString);
    jakarta.json.JsonObject p = provider.json().getJsonObject("settlement");
    assertEquals("PAID", p.getString("status"));
    assertTrue(!p.isNull("accrualVoucherId") && !p.isNull("paymentVoucherId"), p::toString);
    // The sampled order found 不合格 (see the sampling demo) is not paid.
    Http.Resp deducted =
        as("admin@gulou-mz.demo")
            .get(
                "/api/v1/orgs/gulou-mz/settlements/"
                    + s.getString("id")
                    + "/orders?outcome=DEDUCTED&limit=100");
    assertEquals(200, deducted.status(), deducted::toString);
    Http buyerAdmin = as("admin@gulou-mz.demo");
    String contract = s.getString("contractId");
    String sample =
        buyerAdmin
            .get(
                "/api/v1/orgs/gulou-mz/contracts/"
                    + contract
                    + "/samples?month="
                    + s.getString("month"))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    String failedOrder =
        buyerAdmin
            .get(
                "/api/v1/orgs/gulou-mz/contracts/"
                    + contract
                    + "/sampled-orders?result=FAILED&sample="
                    + sample)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("orderId");
    // Deducted for the failed check, or already for a flag (the sample is drawn at random).
    assertTrue(deducted.body().contains("\"orderId\":\"" + failedOrder + "\""), deducted::toString);
    // A failed check's deduction has no detail: its reason says it all.
    deducted
        .json()
        .getJsonArray("items")
        .forEach(
            v -> {
              jakarta.json.JsonObject o = v.asJsonObject();
              if ("FAILED_CHECK".equals(o.getString("reason"))) {
                assertTrue(!o.containsKey("detail") || o.isNull("detail"), o::toString);
              }
            });
  }

  // ---- 服务捐赠 (issue 19, ADR 0018): disclosed at a default and a category rate
  @Test
  void demoServiceDonationsAreDisclosedAtTheCategoryRate() {
    Http finance = as("finance@sunshine.demo");
    String base = "/api/v1/orgs/sunshine-sw/accounting/service-donations";
    Http.Resp settings = finance.get(base + "/settings");
    assertEquals(200, settings.status(), settings::toString);
    assertEquals("DISCLOSE", settings.json().getString("mode"));
    assertEquals("30.00", settings.json().getString("ratePerHour"));
    assertTrue(
        settings.json().getJsonArray("categoryRates").stream()
            .map(jakarta.json.JsonObject.class::cast)
            .anyMatch(
                r ->
                    r.getString("category").equals("助老")
                        && r.getString("ratePerHour").equals("40.00")),
        settings::toString);
    Http.Resp runs = finance.get(base + "/runs?limit=100");
    assertEquals(200, runs.status(), runs::toString);
    jakarta.json.JsonObject disclosed =
        runs.json().getJsonArray("items").stream()
            .map(jakarta.json.JsonObject.class::cast)
            .filter(r -> r.getString("mode").equals("DISCLOSE"))
            .reduce((newer, older) -> older)
            .orElseThrow(() -> new AssertionError("a disclosed month: " + runs));
    assertEquals("DISCLOSED", disclosed.getString("outcome"));
    assertTrue(disclosed.getInt("records") >= 1, disclosed::toString);
    assertTrue(
        !disclosed.containsKey("voucherId") || disclosed.isNull("voucherId"),
        "a disclosure posts no voucher");
    // The demo's hours are 助老 hours, valued at 40.00 per hour (hours are shown to 0.01 h).
    java.math.BigDecimal expected =
        new java.math.BigDecimal(disclosed.getString("hours"))
            .multiply(new java.math.BigDecimal("40.00"));
    java.math.BigDecimal amount = new java.math.BigDecimal(disclosed.getString("amount"));
    assertTrue(amount.signum() > 0, disclosed::toString);
    assertTrue(
        amount.subtract(expected).abs().compareTo(new java.math.BigDecimal("0.25")) <= 0,
        disclosed::toString);
  }

  // ---- Anomaly flags of service orders (issue 20, part B)
  @Test
  void demoOrdersShowTheIssuesAnomalies() {
    Http buyer = as("admin@gulou-mz.demo");
    String org = "/api/v1/orgs/gulou-mz";
    String id =
        buyer
            .get(org + "/contracts?status=ACTIVE")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Http.Resp open = buyer.get(org + "/contracts/" + id + "/flags?status=OPEN&limit=100");
    assertEquals(200, open.status(), open::toString);
    java.util.Set<String> rules = new java.util.TreeSet<>();
    open.json().getJsonArray("items").forEach(f -> rules.add(f.asJsonObject().getString("rule")));
    assertEquals(
        java.util.Set.of("RESIDENT_GONE", "SHORT_VISIT", "DUPLICATE_PHOTO"), rules, open::toString);
    assertEquals(4, open.json().getJsonArray("items").size(), open::toString);
    Http.Resp accepted = buyer.get(org + "/contracts/" + id + "/flags?status=ACCEPTED&limit=100");
    assertTrue(accepted.json().getJsonArray("items").size() >= 1, accepted::toString);
    Http.Resp orders = buyer.get(org + "/service-orders?limit=100");
    assertTrue(orders.body().contains("\"settleable\":false"), orders::toString);
    assertTrue(orders.body().contains("\"settleable\":true"), orders::toString);
  }

  // ---- Acceptance sampling (issue 20, part B)
  @Test
  void theSettledMonthHasAThirtyPercentSampleWithOneFailureAndItsAnsweredRectification() {
    Http auditor = as("auditor@gulou-mz.demo");
    String org = "/api/v1/orgs/gulou-mz";
    String id =
        auditor
            .get(org + "/contracts?status=ACTIVE")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    String previous =
        java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
    Http.Resp samples = auditor.get(org + "/contracts/" + id + "/samples?month=" + previous);
    assertEquals(200, samples.status(), samples::toString);
    jakarta.json.JsonObject sample = samples.json().getJsonArray("items").getJsonObject(0);
    assertEquals(30, sample.getInt("ratePercent"));
    assertEquals(6, sample.getInt("populationSize"), sample::toString);
    assertEquals(2, sample.getInt("sampleSize"), sample::toString);
    Http.Resp verified =
        auditor.get(
            org + "/contracts/" + id + "/samples/" + sample.getString("id") + "/verification");
    assertTrue(verified.json().getBoolean("matches"), verified::toString);
    Http.Resp failed =
        auditor.get(
            org
                + "/contracts/"
                + id
                + "/sampled-orders?result=FAILED&sample="
                + sample.getString("id"));
    assertEquals(1, failed.json().getJsonArray("items").size(), failed::toString);
    Http.Resp provider =
        as("admin@sunshine.demo")
            .get("/api/v1/orgs/sunshine-sw/contracts/" + id + "/rectifications?status=ANSWERED");
    assertEquals(200, provider.status(), provider::toString);
    assertEquals(1, provider.json().getJsonArray("items").size(), provider::toString);
    assertEquals(
        failed.json().getJsonArray("items").getJsonObject(0).getString("orderId"),
        provider.json().getJsonArray("items").getJsonObject(0).getString("orderId"));
  }
}
