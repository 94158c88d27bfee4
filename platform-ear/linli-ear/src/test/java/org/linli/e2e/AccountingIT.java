package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.AccountingWorld;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/**
 * The books over HTTP: the 民非 chart, vouchers with maker-checker and gapless numbers, funds that
 * never go below zero, red-letter reversals, releases from restriction, and bad input that writes
 * nothing. Runs in an organization of its own, so its periods and numbers are its own.
 */
class AccountingIT {
  static final Fixture fx = Fixture.get();
  static Fixture.TestOrg org;
  static Http admin;
  static Http finance;
  static Http auditor;
  static Http staff;

  @BeforeAll
  static void books() {
    org = fx.createOrg("acc-" + Ids.suffix());
    admin = org.admin().http();
    finance =
        Fixture.invite(admin, org.code(), "fin@" + org.code() + ".test", List.of("finance")).http();
    auditor =
        Fixture.invite(admin, org.code(), "aud@" + org.code() + ".test", List.of("auditor")).http();
    staff = org.staff().http();
  }

  static String path(String p) {
    return org.path() + p;
  }

  static JsonObject line(String code, String debit, String credit, String fund) {
    var b = Json.createObjectBuilder().add("accountCode", code);
    if (debit != null) {
      b.add("debit", debit);
    }
    if (credit != null) {
      b.add("credit", credit);
    }
    if (fund != null) {
      b.add("fundId", fund);
    }
    return b.build();
  }

  static JsonObject voucher(String date, String summary, JsonObject... lines) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (JsonObject l : lines) {
      a.add(l);
    }
    return Json.createObjectBuilder()
        .add("date", date)
        .add("summary", summary)
        .add("attachments", 1)
        .add("lines", a)
        .build();
  }

  /** Drafted by the admin, approved by finance: the posted voucher. */
  static JsonObject posted(JsonObject body) {
    Http.Resp d = admin.post(path("/accounting/vouchers"), body);
    assertEquals(201, d.status(), d::toString);
    Http.Resp p =
        finance.post(path("/accounting/vouchers/" + d.json().getString("id") + "/approve"), null);
    assertEquals(200, p.status(), p::toString);
    return p.json();
  }

  static String balance(String fund) {
    return AccountingWorld.fundView(admin, org, fund).getString("balance");
  }

  static int voucherCount() {
    int n = 0;
    String cursor = null;
    do {
      Http.Resp r =
          auditor.get(
              path("/accounting/vouchers?limit=100") + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, r.status(), r::toString);
      n += r.json().getJsonArray("items").size();
      cursor = r.json().getString("nextCursor", null);
    } while (cursor != null);
    return n;
  }

  @Test
  void theChartIsTheMinFeiChartWithRestrictionSubAccounts() {
    Http.Resp r = staff.get(path("/accounting/chart"));
    assertEquals(200, r.status(), r::toString);
    assertEquals("2024", r.json().getString("chartVersion"), "in force since 2026-01-01");
    Map<String, JsonObject> byCode = new TreeMap<>();
    r.json()
        .getJsonArray("accounts")
        .forEach(a -> byCode.put(a.asJsonObject().getString("code"), a.asJsonObject()));
    assertEquals("银行存款", byCode.get("1002").getString("name"));
    assertEquals("捐赠收入-限定性", byCode.get("410102").getString("name"));
    assertTrue(byCode.get("410102").getBoolean("restricted"));
    assertTrue(byCode.get("410102").getBoolean("leaf"));
    assertFalse(byCode.get("4101").getBoolean("leaf"));
    assertTrue(byCode.containsKey("410103"), "服务捐赠 (2024 revision)");
    assertEquals("CREDIT", byCode.get("3101").getString("side"));
    assertEquals(
        409,
        admin.post(path("/accounting/books"), "{\"chartVersion\":\"2004\"}").status(),
        "the books already follow 2024");
    Http.Resp sub =
        finance.post(
            path("/accounting/chart/accounts"),
            "{\"parentCode\":\"530101\",\"code\":\"53010101\",\"name\":\"募捐活动费\"}");
    assertEquals(201, sub.status(), sub::toString);
    assertEquals("筹资费用-非限定性", byCode.get("530101").getString("name"));
    Http.Resp toParent =
        admin.post(
            path("/accounting/vouchers"),
            voucher(
                "2025-02-03",
                "记入上级科目",
                line("520101", "1.00", null, null),
                line("1002", null, "1.00", null)));
    assertEquals(422, toParent.status(), toParent::toString);
    assertEquals("ACCOUNT_NOT_LEAF", toParent.code());
  }

  @Test
  void aVoucherIsDraftedByOneAndApprovedByAnotherThenPostedWithItsLines() {
    String fund = AccountingWorld.fund(org, "社区慈善基金 " + Ids.suffix());
    Http.Resp d =
        admin.post(
            path("/accounting/vouchers"),
            voucher(
                "2025-03-05",
                "收到定向捐赠",
                line("1002", "1000.00", null, null),
                line("410102", null, "1000.00", fund)));
    assertEquals(201, d.status(), d::toString);
    JsonObject draft = d.json();
    assertEquals("DRAFT", draft.getString("status"));
    assertFalse(draft.containsKey("number"), "numbers are given at posting");
    assertEquals("0.00", balance(fund), "a draft moves nothing");
    String id = draft.getString("id");

    Http.Resp self = admin.post(path("/accounting/vouchers/" + id + "/approve"), null);
    assertEquals(422, self.status(), self::toString);
    assertEquals("VOUCHER_SELF_APPROVAL", self.code());
    assertEquals(
        "DRAFT", auditor.get(path("/accounting/vouchers/" + id)).json().getString("status"));
    assertEquals(403, staff.post(path("/accounting/vouchers/" + id + "/approve"), null).status());

    Http.Resp ok = finance.post(path("/accounting/vouchers/" + id + "/approve"), null);
    assertEquals(200, ok.status(), ok::toString);
    JsonObject v = ok.json();
    assertEquals("POSTED", v.getString("status"));
    assertEquals("2025-03", v.getString("period"));
    assertTrue(v.getString("number").matches("记-[0-9]{4}"), v::toString);
    assertEquals(org.admin().personId(), v.getString("madeBy"));
    var lines = v.getJsonArray("lines");
    assertEquals(2, lines.size());
    assertEquals("1002", lines.getJsonObject(0).getString("accountCode"));
    assertEquals("银行存款", lines.getJsonObject(0).getString("accountName"));
    assertEquals("1000.00", lines.getJsonObject(0).getString("debit"));
    assertFalse(lines.getJsonObject(0).containsKey("credit"));
    assertEquals("410102", lines.getJsonObject(1).getString("accountCode"));
    assertEquals("捐赠收入-限定性", lines.getJsonObject(1).getString("accountName"));
    assertEquals("1000.00", lines.getJsonObject(1).getString("credit"));
    assertEquals(fund, lines.getJsonObject(1).getString("fundId"));
    assertEquals("1000.00", v.getString("debitTotal"));
    assertEquals("1000.00", balance(fund));

    Http.Resp again = finance.post(path("/accounting/vouchers/" + id + "/approve"), null);
    assertEquals(409, again.status(), again::toString);
    assertEquals("VOUCHER_NOT_DRAFT", again.code());
    assertEquals("1000.00", balance(fund), "posted once");

    // Red-letter reversal: a new voucher with every amount negated; the original stays.
    Http.Resp red =
        finance.post(
            path("/accounting/vouchers/" + id + "/reverse"),
            "{\"reason\":\"金额记错\",\"date\":\"2025-03-20\"}");
    assertEquals(201, red.status(), red::toString);
    JsonObject r = red.json();
    assertEquals("POSTED", r.getString("status"));
    assertEquals(id, r.getString("reversesId"));
    assertEquals("-1000.00", r.getJsonArray("lines").getJsonObject(0).getString("debit"));
    assertEquals("-1000.00", r.getJsonArray("lines").getJsonObject(1).getString("credit"));
    assertEquals("0.00", balance(fund));
    Http.Resp twice =
        finance.post(path("/accounting/vouchers/" + id + "/reverse"), "{\"reason\":\"再次\"}");
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("VOUCHER_ALREADY_REVERSED", twice.code());
    assertEquals(
        "POSTED", auditor.get(path("/accounting/vouchers/" + id)).json().getString("status"));
  }

  @Test
  void aFundNeverGoesBelowZeroAndNumbersStayGaplessUnderFiftyParallelCharges() throws Exception {
    String fund = AccountingWorld.fund(org, "急难救助基金 " + Ids.suffix());
    posted(
        voucher(
            "2024-05-02",
            "定向捐赠 100 元",
            line("1002", "100.00", null, null),
            line("410102", null, "100.00", fund)));
    List<String> drafts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Http.Resp d =
          admin.post(
              path("/accounting/vouchers"),
              voucher(
                  "2024-05-10",
                  "救助支出 " + i,
                  line("510102", "10.00", null, fund),
                  line("1002", null, "10.00", null)));
      assertEquals(201, d.status(), d::toString);
      drafts.add(d.json().getString("id"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(25);
    List<Future<Http.Resp>> answers = new ArrayList<>();
    for (String id : drafts) {
      answers.add(
          pool.submit(() -> finance.post(path("/accounting/vouchers/" + id + "/approve"), null)));
    }
    int ok = 0;
    int refused = 0;
    for (Future<Http.Resp> f : answers) {
      Http.Resp r = f.get(120, TimeUnit.SECONDS);
      if (r.status() == 200) {
        ok++;
      } else {
        assertEquals(422, r.status(), r::toString);
        assertEquals("FUND_BALANCE_INSUFFICIENT", r.code());
        refused++;
      }
    }
    pool.shutdown();
    assertEquals(10, ok, "exactly what the fund can pay");
    assertEquals(40, refused);
    assertEquals("0.00", balance(fund));

    Http.Resp list =
        auditor.get(
            path("/accounting/vouchers?from=2024-05-01&to=2024-05-31&status=POSTED&limit=100"));
    assertEquals(200, list.status(), list::toString);
    List<Integer> numbers = new ArrayList<>();
    list.json()
        .getJsonArray("items")
        .forEach(
            v -> numbers.add(Integer.parseInt(v.asJsonObject().getString("number").substring(2))));
    numbers.sort(Integer::compareTo);
    assertEquals(11, numbers.size());
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(i + 1, numbers.get(i), "gapless: " + numbers);
    }
  }

  @Test
  void aReleaseFromRestrictionIsAVoucherChargedToTheFund() {
    String fund = AccountingWorld.fund(org, "助学基金 " + Ids.suffix());
    posted(
        voucher(
            "2025-06-02",
            "定向捐赠",
            line("1002", "500.00", null, null),
            line("410102", null, "500.00", fund)));
    Http.Resp tooMuch =
        finance.post(
            path("/funds/" + fund + "/release"),
            "{\"amount\":\"500.01\",\"date\":\"2025-06-30\",\"reason\":\"项目完成\"}");
    assertEquals(422, tooMuch.status(), tooMuch::toString);
    assertEquals("FUND_BALANCE_INSUFFICIENT", tooMuch.code());
    Http.Resp d =
        admin.post(
            path("/funds/" + fund + "/release"),
            "{\"amount\":\"120.00\",\"date\":\"2025-06-30\",\"reason\":\"项目完成, 结余解除限制\"}");
    assertEquals(201, d.status(), d::toString);
    JsonObject draft = d.json();
    assertEquals("RELEASE", draft.getString("source"));
    assertEquals("3102", draft.getJsonArray("lines").getJsonObject(0).getString("accountCode"));
    assertEquals("120.00", draft.getJsonArray("lines").getJsonObject(0).getString("debit"));
    assertEquals("3101", draft.getJsonArray("lines").getJsonObject(1).getString("accountCode"));
    assertTrue(draft.getString("summary").contains("项目完成"));
    Http.Resp p =
        finance.post(path("/accounting/vouchers/" + draft.getString("id") + "/approve"), null);
    assertEquals(200, p.status(), p::toString);
    assertEquals("380.00", balance(fund));
  }

  @Test
  void badInputIsRefusedWithAStableCodeAndNothingWritten() {
    String fund = AccountingWorld.fund(org, "测试基金 " + Ids.suffix());
    Http.Resp closed = admin.post(path("/ledger/periods/2019-01/close"), null);
    assertEquals(204, closed.status(), closed::toString);
    int before = voucherCount();
    Object[][] cases = {
      {
        voucher(
            "2025-07-01",
            "三位小数",
            line("1002", "1.001", null, null),
            line("410101", null, "1.001", null)),
        400,
        "INVALID_AMOUNT"
      },
      {
        voucher(
            "2025-07-01",
            "负数",
            line("1002", "-1.00", null, null),
            line("410101", null, "-1.00", null)),
        400,
        "INVALID_AMOUNT"
      },
      {
        voucher("2025-07-01", "零", line("1002", "0", null, null), line("410101", null, "0", null)),
        400,
        "INVALID_AMOUNT"
      },
      {
        voucher(
            "2025-07-01",
            "不平",
            line("1002", "1.00", null, null),
            line("410101", null, "2.00", null)),
        400,
        "VOUCHER_UNBALANCED"
      },
      {
        voucher(
            "2025-07-01",
            "两边",
            line("1002", "1.00", "1.00", null),
            line("410101", null, "2.00", null)),
        400,
        "VOUCHER_LINE_ONE_SIDE"
      },
      {
        voucher(
            "2025-07-01",
            "无此科目",
            line("9999", "1.00", null, null),
            line("410101", null, "1.00", null)),
        422,
        "ACCOUNT_NOT_IN_CHART"
      },
      {
        voucher(
            "2025-07-01",
            "缺基金",
            line("1002", "1.00", null, null),
            line("410102", null, "1.00", null)),
        422,
        "FUND_REQUIRED"
      },
      {
        voucher(
            "2025-07-01",
            "无此基金",
            line("1002", "1.00", null, null),
            line("410102", null, "1.00", "00000000-0000-0000-0000-000000000001")),
        422,
        "FUND_NOT_FOUND"
      },
      {
        voucher(
            "2019-01-15",
            "已结账",
            line("1002", "1.00", null, null),
            line("410102", null, "1.00", fund)),
        422,
        "PERIOD_CLOSED"
      },
    };
    for (Object[] c : cases) {
      Http.Resp r = admin.post(path("/accounting/vouchers"), c[0]);
      assertEquals((int) c[1], r.status(), r::toString);
      assertEquals(c[2], r.code(), r::toString);
    }
    Http.Resp budget = admin.post(path("/funds"), "{\"name\":\"坏预算\",\"budget\":\"1.234\"}");
    assertEquals(400, budget.status(), budget::toString);
    assertEquals("INVALID_AMOUNT", budget.code());
    assertEquals(before, voucherCount(), "nothing written");
    assertEquals("0.00", balance(fund));
    Http.Resp missing = auditor.get(path("/accounting/vouchers/" + java.util.UUID.randomUUID()));
    assertEquals(404, missing.status());
    assertEquals("VOUCHER_NOT_FOUND", missing.code());
  }

  @Test
  void anotherOrganizationsFundCannotBeNamedInAVoucher() {
    String bFund = AccountingWorld.fund(fx.b, "乙方基金 " + Ids.suffix());
    Http.Resp r =
        admin.post(
            path("/accounting/vouchers"),
            voucher(
                "2025-08-01",
                "越权",
                line("1002", "1.00", null, null),
                line("410102", null, "1.00", bFund)));
    assertEquals(422, r.status(), r::toString);
    assertEquals("FUND_NOT_FOUND", r.code());
    assertEquals(
        JsonValue.ValueType.ARRAY, auditor.get(path("/funds")).json().get("items").getValueType());
    assertNull(null);
  }

  /** April 2023 is this test's own month: nothing else in the class is dated in 2023. */
  @Test
  void closingAMonthMovesIncomeAndExpenseIntoNetAssetsAndTheStatementsTieOut() {
    String fund = AccountingWorld.fund(org, "结账基金 " + Ids.suffix());
    posted(
        voucher(
            "2023-04-03",
            "定向捐赠",
            line("1002", "300.00", null, null),
            line("410102", null, "300.00", fund)));
    posted(
        voucher(
            "2023-04-05",
            "非定向捐赠",
            line("1002", "200.00", null, null),
            line("410101", null, "200.00", null)));
    posted(
        voucher(
            "2023-04-10",
            "救助支出",
            line("510102", "50.00", null, fund),
            line("1002", null, "50.00", null)));
    posted(
        voucher(
            "2023-04-12",
            "办公费",
            line("520101", "20.00", null, null),
            line("1002", null, "20.00", null)));
    Http.Resp late =
        admin.post(
            path("/accounting/vouchers"),
            voucher(
                "2023-04-28",
                "迟到的凭证",
                line("520101", "1.00", null, null),
                line("1002", null, "1.00", null)));
    assertEquals(201, late.status(), late::toString);

    Http.Resp tb = auditor.get(path("/accounting/trial-balance?from=2023-04-01&to=2023-04-30"));
    assertEquals(200, tb.status(), tb::toString);
    assertTrue(tb.json().getJsonObject("totals").getBoolean("balanced"), tb::toString);
    assertEquals("570.00", tb.json().getJsonObject("totals").getString("debit"));
    assertEquals("500.00", row(tb, "1002").getString("debit"));
    assertEquals("70.00", row(tb, "1002").getString("credit"));
    assertEquals("430.00", row(tb, "1002").getString("closingDebit"));
    assertEquals("500.00", row(tb, "4101").getString("credit"), "parents roll up");

    Http.Resp detail =
        auditor.get(path("/accounting/ledgers/1002?from=2023-04-01&to=2023-04-30&limit=2"));
    assertEquals(200, detail.status(), detail::toString);
    assertEquals(
        "300.00", detail.json().getJsonArray("items").getJsonObject(0).getString("balance"));
    assertEquals(
        "500.00", detail.json().getJsonArray("items").getJsonObject(1).getString("balance"));
    Http.Resp page2 =
        auditor.get(
            path(
                "/accounting/ledgers/1002?from=2023-04-01&to=2023-04-30&limit=2&cursor="
                    + detail.json().getString("nextCursor")));
    assertEquals(
        "450.00", page2.json().getJsonArray("items").getJsonObject(0).getString("balance"));
    assertEquals(
        "430.00", page2.json().getJsonArray("items").getJsonObject(1).getString("balance"));
    JsonObject general = auditor.get(path("/accounting/ledgers/1002/general?year=2023")).json();
    assertEquals("0.00", general.getString("opening"));
    assertEquals("2023-04", general.getJsonArray("months").getJsonObject(0).getString("period"));
    assertEquals("430.00", general.getJsonArray("months").getJsonObject(0).getString("closing"));

    Http.Resp close = finance.post(path("/accounting/periods/2023-04/close"), null);
    assertEquals(200, close.status(), close::toString);
    JsonObject closing = close.json().getJsonObject("closingVoucher");
    assertEquals("CLOSING", closing.getString("source"));
    assertEquals("2023-04-30", closing.getString("date"));
    Map<String, String> lines = new TreeMap<>();
    closing
        .getJsonArray("lines")
        .forEach(
            l -> {
              JsonObject o = l.asJsonObject();
              lines.put(
                  o.getString("accountCode"),
                  (!o.containsKey("debit")
                      ? "C" + o.getString("credit")
                      : "D" + o.getString("debit")));
            });
    assertEquals(
        Map.of(
            "410101", "D200.00", "410102", "D300.00", "510102", "C50.00", "520101", "C20.00",
            "3101", "C180.00", "3102", "C250.00"),
        lines);
    assertEquals("250.00", balance(fund), "closing keeps the fund's balance");

    Http.Resp again = finance.post(path("/accounting/periods/2023-04/close"), null);
    assertEquals(409, again.status(), again::toString);
    assertEquals("PERIOD_ALREADY_CLOSED", again.code());
    Http.Resp intoClosed =
        admin.post(
            path("/accounting/vouchers"),
            voucher(
                "2023-04-29",
                "已结账",
                line("520101", "1.00", null, null),
                line("1002", null, "1.00", null)));
    assertEquals(422, intoClosed.status(), intoClosed::toString);
    assertEquals("PERIOD_CLOSED", intoClosed.code());
    Http.Resp approveLate =
        finance.post(
            path("/accounting/vouchers/" + late.json().getString("id") + "/approve"), null);
    assertEquals(422, approveLate.status(), approveLate::toString);
    assertEquals("PERIOD_CLOSED", approveLate.code());
    Http.Resp future = finance.post(path("/accounting/periods/2099-01/close"), null);
    assertEquals(422, future.status(), future::toString);
    assertEquals("PERIOD_NOT_ENDED", future.code());

    JsonObject bs = auditor.get(path("/accounting/statements/balance-sheet?at=2023-04-30")).json();
    assertTrue(bs.getBoolean("balances"), bs::toString);
    assertEquals("430.00", bs.getJsonObject("current").getString("totalAssets"));
    assertEquals("180.00", bs.getJsonObject("current").getString("unrestrictedNetAssets"));
    assertEquals("250.00", bs.getJsonObject("current").getString("restrictedNetAssets"));
    assertEquals("0.00", bs.getJsonObject("comparative").getString("totalAssets"), "year start");

    JsonObject act =
        auditor.get(path("/accounting/statements/activities?from=2023-04-01&to=2023-04-30")).json();
    assertTrue(act.getBoolean("tiesOut"), act::toString);
    JsonObject donations = act.getJsonObject("current").getJsonArray("income").getJsonObject(0);
    assertEquals("donations", donations.getString("key"));
    assertEquals("200.00", donations.getString("unrestricted"));
    assertEquals("300.00", donations.getString("restricted"));
    assertEquals(
        "180.00",
        act.getJsonObject("current").getJsonObject("changeInNetAssets").getString("unrestricted"));
    assertEquals(
        "250.00",
        act.getJsonObject("current").getJsonObject("changeInNetAssets").getString("restricted"));
    assertEquals("430.00", act.getString("closingNetAssets"));

    JsonObject cf =
        auditor.get(path("/accounting/statements/cash-flows?from=2023-04-01&to=2023-04-30")).json();
    assertTrue(cf.getBoolean("tiesOut"), cf::toString);
    assertEquals("430.00", cf.getJsonObject("current").getString("netIncrease"));
    JsonObject operating = cf.getJsonObject("current").getJsonArray("sections").getJsonObject(0);
    assertEquals("OPERATING", operating.getString("activity"));
    assertEquals("500.00", operating.getJsonArray("inflows").getJsonObject(0).getString("amount"));
    assertEquals("430.00", operating.getString("net"));
  }

  static JsonObject row(Http.Resp tb, String code) {
    for (JsonValue v : tb.json().getJsonArray("accounts")) {
      if (v.asJsonObject().getString("code").equals(code)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("no row " + code);
  }
}
