package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.AccountingWorld;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.DisbursementWorld;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/**
 * Disbursements over HTTP: the approval chain by amount, rejection, payment posted as exactly
 * 510102 (charged to the fund) / 1002, 50 parallel payments against a fund that can pay 10, bad
 * input that writes nothing, and the emergency fast lane with its backfill, escalation, recovery
 * and 24-hour figures. Runs in an organization of its own.
 */
class DisbursementIT {
  static final Fixture fx = Fixture.get();
  static Fixture.TestOrg org;
  static Http admin;
  static Http finance;
  static Http auditor;
  static Http staff;

  @BeforeAll
  static void organization() {
    org = fx.createOrg("dis-" + Ids.suffix());
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

  static String balance(String fund) {
    return AccountingWorld.fundView(auditor, org, fund).getString("balance");
  }

  static void ledgerBalances() {
    Http.Resp check = auditor.get(path("/ledger/invariants"));
    assertEquals(200, check.status(), check::toString);
    assertTrue(check.json().getBoolean("ok"), check::toString);
  }

  /** The voucher's lines as "code|name|debit|credit|fund" (fund "-" when none). */
  static List<String> lines(String voucherId) {
    Http.Resp v = auditor.get(path("/accounting/vouchers/" + voucherId));
    assertEquals(200, v.status(), v::toString);
    assertEquals("DISBURSEMENT", v.json().getString("source"));
    assertEquals("POSTED", v.json().getString("status"));
    List<String> out = new ArrayList<>();
    for (JsonObject l : v.json().getJsonArray("lines").getValuesAs(JsonObject.class)) {
      out.add(
          l.getString("accountCode")
              + "|"
              + l.getString("accountName")
              + "|"
              + l.getString("debit", "-")
              + "|"
              + l.getString("credit", "-")
              + "|"
              + l.getString("fundId", "-"));
    }
    return out;
  }

  @Test
  void oneApproverUpToTheThresholdTwoAboveAndThePaymentPostsExactLines() {
    String fund =
        DisbursementWorld.fundedFund(org, admin, finance, "医疗救助基金 " + Ids.suffix(), "10000.00");

    JsonObject wang = DisbursementWorld.person("王五");
    Http.Resp created =
        staff.post(path("/disbursements"), DisbursementWorld.request(fund, wang, "1500.00"));
    assertEquals(201, created.status(), created::toString);
    JsonObject small = created.json();
    String id = small.getString("id");
    assertEquals("PENDING_APPROVAL", small.getString("status"));
    assertEquals(1, small.getInt("requiredApprovals"));
    assertEquals("1500.00", small.getString("amount"));
    String masked = small.getJsonObject("beneficiary").getString("idMasked");
    assertTrue(masked.contains("*"), masked);
    assertFalse(created.body().contains(wang.getString("idNumber")), "never the full number");
    assertEquals(2, small.getJsonArray("evidence").size());

    assertEquals(403, staff.post(path("/disbursements/" + id + "/approve"), null).status());
    Http.Resp approved = admin.post(path("/disbursements/" + id + "/approve"), null);
    assertEquals(200, approved.status(), approved::toString);
    assertEquals("APPROVED", approved.json().getString("status"));

    Http key = finance.header("Idempotency-Key", "pay-" + id);
    String body = "{\"bankReference\":\"ICBC-20261207-0001\"}";
    Http.Resp paid = key.post(path("/disbursements/" + id + "/payment"), body);
    assertEquals(200, paid.status(), paid::toString);
    JsonObject payment = paid.json().getJsonObject("payment");
    assertEquals("PAID", paid.json().getString("status"));
    assertEquals("ICBC-20261207-0001", payment.getString("bankReference"));
    assertTrue(payment.getString("voucherNumber").startsWith("记-"), payment::toString);
    assertEquals(
        List.of("510102|业务活动成本-限定性|1500.00|-|" + fund, "1002|银行存款|-|1500.00|-"),
        lines(payment.getString("voucherId")));
    Http.Resp replay = key.post(path("/disbursements/" + id + "/payment"), body);
    assertEquals(200, replay.status(), replay::toString);
    assertEquals("true", replay.header("Idempotent-Replayed"));
    Http.Resp again =
        finance.post(path("/disbursements/" + id + "/payment"), "{\"bankReference\":\"X-2\"}");
    assertEquals(409, again.status(), again::toString);
    assertEquals("DISBURSEMENT_NOT_APPROVED", again.code());
    assertEquals("8500.00", balance(fund), "charged once");

    String large = DisbursementWorld.requested(org, staff, fund, "2000.01");
    assertEquals(
        2, auditor.get(path("/disbursements/" + large)).json().getInt("requiredApprovals"));
    assertEquals(200, finance.post(path("/disbursements/" + large + "/approve"), null).status());
    Http.Resp twice = finance.post(path("/disbursements/" + large + "/approve"), null);
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("DISBURSEMENT_ALREADY_APPROVED_BY_YOU", twice.code());
    Http.Resp early =
        finance.post(path("/disbursements/" + large + "/payment"), "{\"bankReference\":\"X\"}");
    assertEquals(409, early.status(), early::toString);
    assertEquals("DISBURSEMENT_NOT_APPROVED", early.code());
    Http.Resp second = admin.post(path("/disbursements/" + large + "/approve"), null);
    assertEquals("APPROVED", second.json().getString("status"));
    assertEquals(2, second.json().getJsonArray("approvals").size());

    String own = DisbursementWorld.requested(org, finance, fund, "100.00");
    Http.Resp self = finance.post(path("/disbursements/" + own + "/approve"), null);
    assertEquals(422, self.status(), self::toString);
    assertEquals("DISBURSEMENT_SELF_APPROVAL", self.code());
    ledgerBalances();
  }

  @Test
  void aRejectionKeepsItsReasonAndIsNeverPaid() {
    String fund =
        DisbursementWorld.fundedFund(org, admin, finance, "助学基金 " + Ids.suffix(), "500.00");
    String id = DisbursementWorld.requested(org, staff, fund, "300.00");
    Http.Resp noReason = finance.post(path("/disbursements/" + id + "/reject"), "{}");
    assertEquals(400, noReason.status(), noReason::toString);
    Http.Resp rejected =
        finance.post(path("/disbursements/" + id + "/reject"), "{\"reason\":\"材料不全, 请补充低保证明\"}");
    assertEquals(200, rejected.status(), rejected::toString);
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertEquals("材料不全, 请补充低保证明", rejected.json().getJsonObject("rejection").getString("reason"));
    Http.Resp approve = admin.post(path("/disbursements/" + id + "/approve"), null);
    assertEquals(409, approve.status(), approve::toString);
    Http.Resp pay =
        admin.post(path("/disbursements/" + id + "/payment"), "{\"bankReference\":\"B\"}");
    assertEquals(409, pay.status(), pay::toString);
    assertEquals("500.00", balance(fund));
    Http.Resp list = auditor.get(path("/disbursements?status=REJECTED&limit=100"));
    assertEquals(200, list.status(), list::toString);
    assertTrue(list.body().contains(id));
  }

  @Test
  void fiftyParallelPaymentsAgainstAFundThatCanPayTenPayExactlyTen() throws Exception {
    String fund =
        DisbursementWorld.fundedFund(org, admin, finance, "急难基金 " + Ids.suffix(), "1000.00");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String id = DisbursementWorld.requested(org, staff, fund, "100.00");
      assertEquals(200, finance.post(path("/disbursements/" + id + "/approve"), null).status());
      ids.add(id);
    }
    ExecutorService pool = Executors.newFixedThreadPool(25);
    List<Future<Http.Resp>> answers = new ArrayList<>();
    for (String id : ids) {
      answers.add(
          pool.submit(
              () ->
                  admin
                      .header("Idempotency-Key", "par-" + id)
                      .post(
                          path("/disbursements/" + id + "/payment"),
                          "{\"bankReference\":\"P-" + id.substring(0, 8) + "\"}")));
    }
    int ok = 0;
    int refused = 0;
    for (Future<Http.Resp> f : answers) {
      Http.Resp r = f.get(180, TimeUnit.SECONDS);
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
    int paid = 0;
    int stillApproved = 0;
    for (String id : ids) {
      String status = auditor.get(path("/disbursements/" + id)).json().getString("status");
      paid += status.equals("PAID") ? 1 : 0;
      stillApproved += status.equals("APPROVED") ? 1 : 0;
    }
    assertEquals(10, paid);
    assertEquals(40, stillApproved, "a refused payment leaves the request as it was");
    Http.Resp charges = auditor.get(path("/funds/" + fund + "/charges?limit=100"));
    assertEquals(10, charges.json().getJsonArray("items").size());
    ledgerBalances();
  }

  @Test
  void badInputIsRefusedWithAStableCodeAndWritesNothing() {
    String fund =
        DisbursementWorld.fundedFund(org, admin, finance, "坏输入基金 " + Ids.suffix(), "100.00");
    long before = Db.count("disbursement");
    Object[][] cases = {
      {"12.345", 400, "INVALID_AMOUNT"},
      {"0", 400, "INVALID_AMOUNT"},
      {"0.00", 400, "INVALID_AMOUNT"},
      {"-5.00", 400, "INVALID_AMOUNT"},
      {"100.01", 422, "FUND_BALANCE_INSUFFICIENT"},
    };
    for (Object[] c : cases) {
      Http.Resp r =
          staff.post(
              path("/disbursements"),
              DisbursementWorld.request(fund, DisbursementWorld.person("赵六"), (String) c[0]));
      assertEquals((int) c[1], r.status(), () -> c[0] + ": " + r);
      assertTrue(r.code().startsWith((String) c[2]), () -> c[0] + ": " + r);
    }
    Http.Resp unknownFund =
        staff.post(
            path("/disbursements"),
            DisbursementWorld.request(
                UUID.randomUUID().toString(), DisbursementWorld.person("赵六"), "1.00"));
    assertEquals(422, unknownFund.status(), unknownFund::toString);
    assertEquals("FUND_NOT_FOUND", unknownFund.code());
    JsonObject badId =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", "赵六")
            .add("idType", "RESIDENT_ID")
            .add("idNumber", "110101199001011234")
            .build();
    Http.Resp badDocument =
        staff.post(path("/disbursements"), DisbursementWorld.request(fund, badId, "1.00"));
    assertEquals(400, badDocument.status(), badDocument::toString);
    Http.Resp unknownField =
        staff.post(
            path("/disbursements"),
            Json.createObjectBuilder(
                    DisbursementWorld.request(fund, DisbursementWorld.person("赵六"), "1.00"))
                .add("approvedBy", "me")
                .build());
    assertEquals(400, unknownField.status(), unknownField::toString);
    assertEquals(before, Db.count("disbursement"), "nothing written");

    String id = DisbursementWorld.requested(org, staff, fund, "50.00");
    assertEquals(200, finance.post(path("/disbursements/" + id + "/approve"), null).status());
    assertEquals(204, admin.post(path("/ledger/periods/2019-02/close"), null).status());
    long vouchers = Db.count("accounting_voucher");
    Http.Resp closed =
        finance.post(
            path("/disbursements/" + id + "/payment"),
            "{\"bankReference\":\"C-1\",\"paidOn\":\"2019-02-15\"}");
    assertEquals(422, closed.status(), closed::toString);
    assertEquals("PERIOD_CLOSED", closed.code());
    Http.Resp future =
        finance.post(
            path("/disbursements/" + id + "/payment"),
            "{\"bankReference\":\"C-1\",\"paidOn\":\"" + LocalDate.now().plusDays(3) + "\"}");
    assertEquals(400, future.status(), future::toString);
    assertEquals("PAYMENT_DATE_IN_FUTURE", future.code());
    assertEquals(vouchers, Db.count("accounting_voucher"), "no voucher written");
    assertEquals("APPROVED", auditor.get(path("/disbursements/" + id)).json().getString("status"));
    assertEquals("100.00", balance(fund));
  }

  @Test
  void theFastLanePaysAtOnceAndTracksBackfillDeadlinesEscalationAndRecovery() {
    String fund =
        DisbursementWorld.fundedFund(org, admin, finance, "先行救助备用金 " + Ids.suffix(), "5000.00");
    Http.Resp notSetUp =
        staff.post(path("/disbursements/fast-lane/payments"), fast("甲", "医疗", "100.00", null));
    assertEquals(409, notSetUp.status(), notSetUp::toString);
    assertEquals("FAST_LANE_NOT_SET_UP", notSetUp.code());

    Http.Resp current = auditor.get(path("/disbursements/settings"));
    assertEquals(200, current.status(), current::toString);
    assertEquals("2000.00", current.json().getString("singleApproverLimit"));
    String settings =
        "{\"singleApproverLimit\":\"2000.00\",\"backfillWorkingDays\":5,\"fastLane\":{\"fundId\":\""
            + fund
            + "\",\"caseCap\":\"1000.00\",\"yearlyLimit\":\"1500.00\"}}";
    assertEquals(428, admin.put(path("/disbursements/settings"), settings).status());
    Http.Resp set =
        admin
            .header("If-Match", current.header("ETag"))
            .put(path("/disbursements/settings"), settings);
    assertEquals(200, set.status(), set::toString);
    assertEquals("1000.00", set.json().getJsonObject("fastLane").getString("caseCap"));
    assertEquals(
        412,
        admin
            .header("If-Match", current.header("ETag"))
            .put(path("/disbursements/settings"), settings)
            .status(),
        "a stale version loses");

    JsonObject person = DisbursementWorld.person("孙七");
    Http.Resp paid =
        staff.post(path("/disbursements/fast-lane/payments"), fast(person, "医疗", "800.00", null));
    assertEquals(201, paid.status(), paid::toString);
    JsonObject quick = paid.json();
    assertEquals("FAST", quick.getString("lane"));
    assertEquals("PAID", quick.getString("status"));
    assertTrue(quick.getBoolean("paidWithin24h"));
    assertEquals("PENDING", quick.getJsonObject("backfill").getString("status"));
    assertFalse(quick.getJsonObject("backfill").getBoolean("overdue"));
    LocalDate due = LocalDate.parse(quick.getJsonObject("backfill").getString("due"));
    assertTrue(due.isAfter(LocalDate.now(ZoneOffset.ofHours(8)).plusDays(4)), due::toString);
    assertEquals(
        List.of("510102|业务活动成本-限定性|800.00|-|" + fund, "1002|银行存款|-|800.00|-"),
        lines(quick.getJsonObject("payment").getString("voucherId")));

    Http.Resp overYear =
        staff.post(path("/disbursements/fast-lane/payments"), fast(person, "医疗", "800.00", null));
    assertEquals(422, overYear.status(), overYear::toString);
    assertEquals("FAST_LANE_YEARLY_LIMIT_EXCEEDED", overYear.code());
    Http.Resp overCap =
        staff.post(path("/disbursements/fast-lane/payments"), fast("丙", "火灾", "1000.01", null));
    assertEquals(422, overCap.status(), overCap::toString);
    assertEquals("FAST_LANE_CASE_CAP_EXCEEDED", overCap.code());
    Http.Resp otherCause =
        staff.post(path("/disbursements/fast-lane/payments"), fast(person, "火灾", "600.00", null));
    assertEquals(201, otherCause.status(), otherCause::toString);

    OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(20);
    Http.Resp late =
        staff.post(path("/disbursements/fast-lane/payments"), fast("丁", "医疗", "300.00", longAgo));
    assertEquals(201, late.status(), late::toString);
    String lateId = late.json().getString("id");
    assertFalse(late.json().getBoolean("paidWithin24h"));
    assertTrue(late.json().getJsonObject("backfill").getBoolean("overdue"));
    assertEquals("3300.00", balance(fund));

    Http.Resp overdue = admin.get(path("/disbursements/fast-lane/overdue-backfills?limit=100"));
    assertEquals(200, overdue.status(), overdue::toString);
    JsonArray items = overdue.json().getJsonArray("items");
    assertEquals(1, items.size(), overdue::toString);
    assertEquals(lateId, items.getJsonObject(0).getString("id"));
    assertEquals(403, staff.get(path("/disbursements/fast-lane/overdue-backfills")).status());
    Http.Resp escalated = admin.post(path("/disbursements/fast-lane/escalations"), null);
    assertEquals(200, escalated.status(), escalated::toString);
    assertEquals(1, escalated.json().getInt("flagged"));
    assertEquals(
        0, admin.post(path("/disbursements/fast-lane/escalations"), null).json().getInt("flagged"));
    long flags =
        auditRecords().stream()
            .filter(r -> r.getString("action").equals("FAST_LANE_BACKFILL_OVERDUE"))
            .filter(r -> r.getString("entityId").equals(lateId))
            .count();
    assertEquals(1, flags, "flagged once in the audit log");

    String quickId = quick.getString("id");
    assertEquals(
        403,
        staff
            .post(
                path("/disbursements/fast-lane/cases/" + quickId + "/backfill"),
                "{\"approved\":true}")
            .status(),
        "the caseworker does not approve their own case");
    Http.Resp noReason =
        finance.post(
            path("/disbursements/fast-lane/cases/" + quickId + "/backfill"),
            "{\"approved\":false}");
    assertEquals(400, noReason.status(), noReason::toString);
    assertEquals("BACKFILL_REASON_REQUIRED", noReason.code());
    Http.Resp rejected =
        finance.post(
            path("/disbursements/fast-lane/cases/" + quickId + "/backfill"),
            "{\"approved\":false,\"reason\":\"受助人不符合急难救助条件\"}");
    assertEquals(200, rejected.status(), rejected::toString);
    assertEquals("REJECTED", rejected.json().getJsonObject("backfill").getString("status"));
    Http.Resp recoveries = auditor.get(path("/disbursements/fast-lane/recoveries"));
    assertEquals(200, recoveries.status(), recoveries::toString);
    JsonObject recovery = recoveries.json().getJsonArray("items").getJsonObject(0);
    assertEquals(quickId, recovery.getString("disbursementId"));
    assertEquals("800.00", recovery.getString("amount"));
    assertEquals("OPEN", recovery.getString("status"));
    Http.Resp approved =
        admin.post(
            path(
                "/disbursements/fast-lane/cases/"
                    + otherCause.json().getString("id")
                    + "/backfill"),
            "{\"approved\":true}");
    assertEquals(200, approved.status(), approved::toString);
    assertTrue(approved.json().getJsonObject("backfill").getBoolean("metDeadline"));
    Http.Resp done =
        admin.post(
            path("/disbursements/fast-lane/cases/" + quickId + "/backfill"), "{\"approved\":true}");
    assertEquals(409, done.status(), done::toString);
    assertEquals("BACKFILL_ALREADY_DONE", done.code());

    Http.Resp report = auditor.get(path("/disbursements/fast-lane/report"));
    assertEquals(200, report.status(), report::toString);
    JsonObject r = report.json();
    assertEquals(3, r.getInt("cases"));
    assertEquals("1700.00", r.getString("amount"));
    assertEquals(2, r.getInt("paidWithin24h"));
    assertEquals("66.6", r.getString("paidWithin24hPercent"));
    assertEquals(2, r.getInt("backfillsDone"));
    assertEquals(2, r.getInt("backfillsInTime"));
    assertEquals("100.0", r.getString("backfillsInTimePercent"));
    assertEquals(1, r.getInt("backfillsPending"));
    assertEquals(1, r.getInt("backfillsOverdue"));
    ledgerBalances();
  }

  static List<JsonObject> auditRecords() {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    do {
      Http.Resp r =
          admin.get(path("/audit/records?limit=100") + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, r.status(), r::toString);
      all.addAll(r.json().getJsonArray("items").getValuesAs(JsonObject.class));
      cursor = r.json().getString("nextCursor", null);
    } while (cursor != null);
    return all;
  }

  static JsonObject fast(String name, String cause, String amount, OffsetDateTime requestedAt) {
    return fast(DisbursementWorld.person(name), cause, amount, requestedAt);
  }

  static JsonObject fast(
      JsonObject person, String cause, String amount, OffsetDateTime requestedAt) {
    var b =
        Json.createObjectBuilder()
            .add("beneficiary", person)
            .add("purpose", "急难型临时救助")
            .add("cause", cause)
            .add("amount", amount)
            .add("bankReference", "WX-" + Ids.suffix());
    if (requestedAt != null) {
      b.add("requestedAt", requestedAt.toString());
    }
    return b.build();
  }
}
