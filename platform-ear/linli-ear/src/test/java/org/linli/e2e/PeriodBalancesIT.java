package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.linli.e2e.support.TestEnv;

/**
 * Month-end balances (V45, written at close) and day balances (V67, added to by every posting)
 * against the full scan: on random books with restricted funds, releases, red letters, accruals and
 * cash, closed months with a gap, every report answers the same figures whether closed months are
 * read from their balances and the other days from their day balances, or, once the month-end
 * balances are deleted, every day from its day balances, or, with the books' day balances off,
 * every day from its lines. Report dates before the first close, inside a closed month, at a closed
 * month's end, in an open month between closed ones and in the open month; postings, red letters
 * (of a voucher in a closed month and of one in the same open day), a release and concurrent
 * approvals on the mid-month report dates themselves.
 */
class PeriodBalancesIT {
  static final Fixture fx = Fixture.get();
  static Fixture.TestOrg org;
  static Http admin;
  static Http finance;

  /**
   * Closed: 2025-11 .. 2026-08 and 2026-10; open: 2025-10 (before the first close), 2026-09, 11.
   */
  static final List<YearMonth> CLOSED = new ArrayList<>();

  static {
    for (YearMonth m = YearMonth.of(2025, 11);
        !m.isAfter(YearMonth.of(2026, 8));
        m = m.plusMonths(1)) {
      CLOSED.add(m);
    }
    CLOSED.add(YearMonth.of(2026, 10));
  }

  /** A day of the open month the reports end on, with postings of every kind on it. */
  static final String ON_REPORT_DATE = "2026-11-20";

  static final List<String> REPORTS = new ArrayList<>();

  static {
    String[][] ranges = {
      {"2026-01-01", "2026-11-30"},
      {"2025-10-15", "2026-05-17"},
      {"2026-03-01", "2026-03-31"},
      {"2025-10-01", "2025-10-20"},
      {"2026-08-10", "2026-10-31"},
      {"2025-10-01", "2026-12-31"}
    };
    for (String[] r : ranges) {
      String q = "from=" + r[0] + "&to=" + r[1];
      REPORTS.add("/accounting/trial-balance?" + q);
      REPORTS.add("/accounting/statements/activities?" + q);
      REPORTS.add("/accounting/statements/cash-flows?" + q);
      REPORTS.add("/accounting/ledgers/1002?limit=100&" + q);
    }
    for (String to : List.of(ON_REPORT_DATE, "2026-09-15")) { // mid-month, open, with postings
      String q = "from=2026-01-01&to=" + to;
      REPORTS.add("/accounting/trial-balance?" + q);
      REPORTS.add("/accounting/statements/activities?" + q);
      REPORTS.add("/accounting/statements/cash-flows?" + q);
    }
    REPORTS.add("/accounting/trial-balance?from=" + ON_REPORT_DATE + "&to=" + ON_REPORT_DATE);
    for (String at :
        List.of(
            "2025-10-20",
            "2025-11-30",
            "2026-05-17",
            "2026-06-30",
            "2026-09-15",
            "2026-10-31",
            "2026-11-20",
            "2026-12-31")) {
      REPORTS.add("/accounting/statements/balance-sheet?at=" + at);
    }
    REPORTS.add("/accounting/ledgers/1002/general?year=2026");
    REPORTS.add("/accounting/ledgers/410102/general?year=2026");
    REPORTS.add("/accounting/ledgers/2201/general?year=2025");
  }

  @BeforeAll
  static void books() throws Exception {
    org = fx.createOrg("pbal-" + Ids.suffix());
    admin = org.admin().http();
    finance =
        Fixture.invite(admin, org.code(), "fin@" + org.code() + ".test", List.of("finance")).http();
    Random rnd = new Random(0x5EED45L);
    List<String> funds =
        List.of(
            AccountingWorld.fund(org, "社区基金 " + Ids.suffix()),
            AccountingWorld.fund(org, "助学基金 " + Ids.suffix()));
    Map<String, Long> fundCents = new LinkedHashMap<>();
    funds.forEach(f -> fundCents.put(f, 0L));
    List<String> reversible = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2025, 10);
        !m.isAfter(YearMonth.of(2026, 11));
        m = m.plusMonths(1)) {
      int n = 3 + rnd.nextInt(4);
      for (int i = 0; i < n; i++) {
        String d = m.atDay(1 + rnd.nextInt(m.lengthOfMonth())).toString();
        long a = 100 + rnd.nextInt(100_000);
        String fund = funds.get(rnd.nextInt(funds.size()));
        switch (rnd.nextInt(7)) {
          case 0 -> // restricted gift into a fund
          {
            posted(voucher(d, "定向捐赠", line("1002", a, 0, null), line("410102", 0, a, fund)));
            fundCents.merge(fund, a, Long::sum);
          }
          case 1 -> { // charge a fund (never below zero), paid from the bank
            long c = Math.min(a, fundCents.get(fund));
            if (c > 0) {
              posted(voucher(d, "项目支出", line("510102", c, 0, fund), line("1002", 0, c, null)));
              fundCents.merge(fund, -c, Long::sum);
            }
          }
          case 2 -> // accrual: no cash
              posted(voucher(d, "计提", line("520101", a, 0, null), line("2201", 0, a, null)));
          case 3 -> // settled in petty cash and the bank
              posted(
                  voucher(
                      d,
                      "支付",
                      line("2201", a, 0, null),
                      line("1001", 0, a / 3, null),
                      line("1002", 0, a - a / 3, null)));
          case 4 -> { // release part of a fund
            long c = Math.min(a, fundCents.get(fund)) / 2;
            if (c > 0) {
              Http.Resp r =
                  admin.post(
                      org.path() + "/funds/" + fund + "/release",
                      Json.createObjectBuilder()
                          .add("amount", cents(c))
                          .add("date", d)
                          .add("reason", "项目完成")
                          .build());
              assertEquals(201, r.status(), r::toString);
              approve(r.json().getString("id"));
              fundCents.merge(fund, -c, Long::sum);
            }
          }
          default -> { // unrestricted gift, with a cash and a non-cash side
            JsonObject v =
                posted(
                    voucher(
                        d,
                        "捐赠",
                        line("1002", a, 0, null),
                        line("1501", 7, 0, null),
                        line("410101", 0, a + 7, null)));
            reversible.add(v.getString("id") + "|" + d);
          }
        }
      }
      if (!reversible.isEmpty() && rnd.nextInt(3) == 0) { // a red letter in the same month
        String[] v = reversible.remove(reversible.size() - 1).split("\\|");
        Http.Resp red =
            finance.post(
                org.path() + "/accounting/vouchers/" + v[0] + "/reverse",
                Json.createObjectBuilder().add("reason", "冲销").add("date", v[1]).build());
        assertEquals(201, red.status(), red::toString);
      }
    }
    for (YearMonth m : CLOSED) {
      Http.Resp c = finance.post(org.path() + "/accounting/periods/" + m + "/close", null);
      assertEquals(200, c.status(), c::toString);
    }
    String closedOne =
        reversible.stream()
            .filter(
                v ->
                    CLOSED.contains(
                        YearMonth.parse(v.substring(v.indexOf('|') + 1, v.indexOf('|') + 8))))
            .findFirst()
            .orElseThrow()
            .split("\\|")[0];
    onTheReportDates(funds.get(0), closedOne);
  }

  /**
   * After the closes, on report dates of the open months: gifts, a fund charge, a release, a red
   * letter of a voucher in a closed month and one of a voucher of the same day, and drafts approved
   * in parallel (concurrent postings to the same day and accounts must all be counted).
   */
  static void onTheReportDates(String fund, String inAClosedMonth) throws Exception {
    String d = ON_REPORT_DATE;
    posted(voucher(d, "定向捐赠", line("1002", 50_000, 0, null), line("410102", 0, 50_000, fund)));
    posted(
        voucher("2026-09-15", "计提", line("520101", 3_300, 0, null), line("2201", 0, 3_300, null)));
    posted(voucher(d, "项目支出", line("510102", 20_000, 0, fund), line("1002", 0, 20_000, null)));
    Http.Resp rel =
        admin.post(
            org.path() + "/funds/" + fund + "/release",
            Json.createObjectBuilder()
                .add("amount", cents(10_000))
                .add("date", d)
                .add("reason", "项目完成")
                .build());
    assertEquals(201, rel.status(), rel::toString);
    approve(rel.json().getString("id"));
    JsonObject sameDay =
        posted(
            voucher(
                d,
                "捐赠",
                line("1002", 8_800, 0, null),
                line("1501", 7, 0, null),
                line("410101", 0, 8_807, null)));
    for (String id : List.of(sameDay.getString("id"), inAClosedMonth)) {
      Http.Resp red =
          finance.post(
              org.path() + "/accounting/vouchers/" + id + "/reverse",
              Json.createObjectBuilder().add("reason", "冲销").add("date", d).build());
      assertEquals(201, red.status(), red::toString);
    }
    List<String> drafts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Http.Resp r =
          admin.post(
              org.path() + "/accounting/vouchers",
              voucher(
                  d,
                  "并发捐赠 " + i,
                  line("1002", 1_000 + i, 0, null),
                  line(i % 2 == 0 ? "410101" : "410102", 0, 1_000 + i, i % 2 == 0 ? null : fund)));
      assertEquals(201, r.status(), r::toString);
      drafts.add(r.json().getString("id"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
    try {
      List<Future<Http.Resp>> answers = new ArrayList<>();
      for (String id : drafts) {
        answers.add(
            pool.submit(
                () -> finance.post(org.path() + "/accounting/vouchers/" + id + "/approve", null)));
      }
      for (Future<Http.Resp> f : answers) {
        Http.Resp r = f.get(180, TimeUnit.SECONDS);
        assertEquals(200, r.status(), r::toString);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everyReportGivesTheSameFiguresFromMonthEndAndDayBalancesAsFromEveryLine()
      throws SQLException {
    assertEquals(CLOSED.size(), count("accounting_period_snapshot"), "a snapshot per closed month");
    assertTrue(count("accounting_period_balance") > CLOSED.size(), "balances written at close");
    assertSnapshotsMatchTheLines();
    assertDaysMatchTheLines();

    Map<String, String> fromSnapshots = answers();
    for (String r : REPORTS) {
      if (r.contains("statements/balance-sheet")) {
        assertTrue(fromSnapshots.get(r).contains("\"balances\":true"), r);
      } else if (r.contains("statements/")) {
        assertTrue(fromSnapshots.get(r).contains("\"tiesOut\":true"), r);
      }
    }
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      for (String t : List.of("accounting_period_balance", "accounting_period_snapshot")) {
        try (PreparedStatement s =
            c.prepareStatement("DELETE FROM " + t + " WHERE tenant_id = ?")) {
          s.setString(1, org.code());
          s.executeUpdate();
        }
      }
    }
    Map<String, String> fromDays = answers();
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE accounting_books SET day_balances = false WHERE tenant_id = ?")) {
      s.setString(1, org.code());
      assertEquals(1, s.executeUpdate());
    }
    Map<String, String> fromLines = answers();
    for (String r : REPORTS) {
      assertEquals(fromLines.get(r), fromSnapshots.get(r), r);
      assertEquals(fromLines.get(r), fromDays.get(r), r);
    }
  }

  /**
   * Each day's balances against its lines summed per voucher and added up (the counter cash with a
   * semi-join on the voucher's cash lines): every posting, red letter and concurrent approval was
   * added exactly once.
   */
  static void assertDaysMatchTheLines() throws SQLException {
    String sql =
        "WITH s AS (SELECT voucher_date AS d, account_code, coalesce(fund_id, '') AS f, debit,"
            + " credit, closing, released, counter_cash FROM accounting_day_balance"
            + " WHERE tenant_id = ?1),"
            + " l AS (SELECT v.voucher_date AS d, l.account_code,"
            + " coalesce(l.fund_id, '') AS f, sum(l.debit) AS debit, sum(l.credit) AS credit,"
            + " sum(CASE WHEN v.source = 'CLOSING' THEN l.debit - l.credit ELSE 0 END) AS closing,"
            + " sum(CASE WHEN v.source = 'RELEASE' THEN l.debit - l.credit ELSE 0 END) AS released,"
            + " sum(CASE WHEN v.source <> 'CLOSING' AND l.account_code !~ '^(1001|1002|1009)'"
            + " AND EXISTS (SELECT 1 FROM accounting_voucher_line l2 WHERE l2.tenant_id ="
            + " l.tenant_id AND l2.voucher_id = l.voucher_id AND l2.account_code ~"
            + " '^(1001|1002|1009)') THEN l.credit - l.debit ELSE 0 END) AS counter_cash"
            + " FROM accounting_voucher_line l JOIN accounting_voucher v ON v.tenant_id ="
            + " l.tenant_id AND v.id = l.voucher_id WHERE l.tenant_id = ?1 AND v.status = 'POSTED'"
            + " GROUP BY 1, 2, 3)"
            + " SELECT count(*), (SELECT count(*) FROM s WHERE d = DATE '"
            + ON_REPORT_DATE
            + "') FROM s FULL JOIN l USING (d, account_code, f)"
            + " WHERE s.debit IS DISTINCT FROM l.debit OR s.credit IS DISTINCT FROM l.credit"
            + " OR s.closing IS DISTINCT FROM l.closing OR s.released IS DISTINCT FROM l.released"
            + " OR s.counter_cash IS DISTINCT FROM l.counter_cash";
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        PreparedStatement s = c.prepareStatement(sql.replace("?1", "?"))) {
      for (int i = 1; i <= 2; i++) {
        s.setString(i, org.code());
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertEquals(0, r.getLong(1), "day balances that differ from their lines");
        assertTrue(r.getLong(2) >= 6, "the report date's accounts: " + r.getLong(2));
      }
    }
  }

  /**
   * Each month's balances against the lines summed as the reports summed them before V45 (the
   * counter cash with a semi-join on the voucher's cash lines): the close wrote what the lines say.
   */
  static void assertSnapshotsMatchTheLines() throws SQLException {
    String sql =
        "WITH s AS (SELECT period, account_code, coalesce(fund_id, '') AS f, debit, credit, closing,"
            + " released, counter_cash FROM accounting_period_balance WHERE tenant_id = ?1),"
            + " l AS (SELECT to_char(v.voucher_date, 'YYYY-MM') AS period, l.account_code,"
            + " coalesce(l.fund_id, '') AS f, sum(l.debit) AS debit, sum(l.credit) AS credit,"
            + " sum(CASE WHEN v.source = 'CLOSING' THEN l.debit - l.credit ELSE 0 END) AS closing,"
            + " sum(CASE WHEN v.source = 'RELEASE' THEN l.debit - l.credit ELSE 0 END) AS released,"
            + " sum(CASE WHEN v.source <> 'CLOSING' AND l.account_code !~ '^(1001|1002|1009)'"
            + " AND EXISTS (SELECT 1 FROM accounting_voucher_line l2 WHERE l2.tenant_id ="
            + " l.tenant_id AND l2.voucher_id = l.voucher_id AND l2.account_code ~"
            + " '^(1001|1002|1009)') THEN l.credit - l.debit ELSE 0 END) AS counter_cash"
            + " FROM accounting_voucher_line l JOIN accounting_voucher v ON v.tenant_id ="
            + " l.tenant_id AND v.id = l.voucher_id WHERE l.tenant_id = ?1 AND v.status = 'POSTED'"
            + " AND to_char(v.voucher_date, 'YYYY-MM') IN (SELECT period FROM"
            + " accounting_period_snapshot WHERE tenant_id = ?1) GROUP BY 1, 2, 3)"
            + " SELECT count(*) FROM s FULL JOIN l USING (period, account_code, f)"
            + " WHERE s.debit IS DISTINCT FROM l.debit OR s.credit IS DISTINCT FROM l.credit"
            + " OR s.closing IS DISTINCT FROM l.closing OR s.released IS DISTINCT FROM l.released"
            + " OR s.counter_cash IS DISTINCT FROM l.counter_cash";
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        PreparedStatement s = c.prepareStatement(sql.replace("?1", "?"))) {
      for (int i = 1; i <= 3; i++) {
        s.setString(i, org.code());
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertEquals(0, r.getLong(1), "month-end balances that differ from their lines");
      }
    }
  }

  static long count(String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM " + table + " WHERE tenant_id = ?")) {
      s.setString(1, org.code());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  static Map<String, String> answers() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String r : REPORTS) {
      Http.Resp resp = finance.get(org.path() + r);
      assertEquals(200, resp.status(), () -> r + " " + resp);
      m.put(r, resp.body());
    }
    return m;
  }

  static JsonObject line(String code, long debit, long credit, String fund) {
    var b = Json.createObjectBuilder().add("accountCode", code);
    if (debit != 0) {
      b.add("debit", cents(debit));
    }
    if (credit != 0) {
      b.add("credit", cents(credit));
    }
    if (fund != null) {
      b.add("fundId", fund);
    }
    return b.build();
  }

  static String cents(long c) {
    return "%d.%02d".formatted(c / 100, c % 100);
  }

  static JsonObject voucher(String date, String summary, JsonObject... lines) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (JsonObject l : lines) {
      a.add(l);
    }
    return Json.createObjectBuilder()
        .add("date", date)
        .add("summary", summary)
        .add("lines", a)
        .build();
  }

  static JsonObject posted(JsonObject body) {
    Http.Resp d = admin.post(org.path() + "/accounting/vouchers", body);
    assertEquals(201, d.status(), d::toString);
    return approve(d.json().getString("id"));
  }

  static JsonObject approve(String id) {
    Http.Resp p = finance.post(org.path() + "/accounting/vouchers/" + id + "/approve", null);
    assertEquals(200, p.status(), p::toString);
    return p.json();
  }
}
