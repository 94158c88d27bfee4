package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.e2e.support.AccountingWorld;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.DonationWorld;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/**
 * Donors and donations over HTTP: each received gift posts exactly the voucher the 民非 制度 asks for
 * (asserted line by line), a pledge posts nothing until paid, and every refused request writes
 * nothing (row counts).
 */
class DonationIT {
  static final Fixture fx = Fixture.get();

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  static DonationWorld w;
  static String fund;
  static String company;
  static String person;

  @BeforeAll
  static void setUp() {
    w = new DonationWorld(fx.a);
    fund = AccountingWorld.fund(fx.a, "捐赠测试基金" + Ids.suffix());
    company = w.company("邻里测试科技有限公司" + Ids.suffix());
    person = w.person("王小明");
  }

  @Test
  void aPersonsIdNumberIsStoredEncryptedAndAnsweredMasked() {
    String id = Ids.residentId();
    Http.Resp r =
        w.admin.post(
            w.donations() + "/donors",
            Json.createObjectBuilder()
                .add("kind", "INDIVIDUAL")
                .add("name", "李四")
                .add("idNumber", id)
                .build());
    assertEquals(201, r.status(), r::toString);
    String masked = r.json().getString("idNumberMasked");
    assertEquals(id.substring(0, 3) + "***********" + id.substring(14), masked);
    assertFalse(r.body().contains(id), "the number itself is never answered");
    Http.Resp read = w.admin.get(w.donations() + "/donors/" + r.json().getString("id"));
    assertFalse(read.body().contains(id));
    assertEquals(masked, read.json().getString("idNumberMasked"));
  }

  @Test
  void aCompanysCreditCodeMustPassItsChecksumAndIsRegisteredOnce() {
    String code = Ids.creditCode('2');
    String broken = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    Http.Resp bad =
        w.admin.post(
            w.donations() + "/donors",
            Json.createObjectBuilder()
                .add("kind", "COMPANY")
                .add("name", "某公司")
                .add("creditCode", broken)
                .build());
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("INVALID_CREDIT_CODE", bad.code());
    JsonObject body =
        Json.createObjectBuilder()
            .add("kind", "COMPANY")
            .add("name", "某公司")
            .add("creditCode", code)
            .build();
    assertEquals(201, w.admin.post(w.donations() + "/donors", body).status());
    Http.Resp again = w.admin.post(w.donations() + "/donors", body);
    assertEquals(409, again.status(), again::toString);
    assertEquals("DONOR_ALREADY_REGISTERED", again.code());
  }

  @Test
  void aRestrictedBankGiftDebitsTheBankAndCreditsRestrictedIncomeWithTheFund() {
    String before = AccountingWorld.fundView(w.admin, fx.a, fund).getString("balance");
    JsonObject d =
        w.give(
            DonationWorld.cash(company, "1234.50", today())
                .add("fundId", fund)
                .add("purpose", "助学"));
    assertEquals("RECEIVED", d.getString("status"));
    assertEquals("1234.50", d.getString("amount"));
    assertEquals(
        List.of("1002 Dr 1234.50", "410102 Cr 1234.50 " + fund),
        w.journal(d.getString("voucherId")));
    String after = AccountingWorld.fundView(w.admin, fx.a, fund).getString("balance");
    assertEquals(
        new java.math.BigDecimal(before).add(new java.math.BigDecimal("1234.50")),
        new java.math.BigDecimal(after));
    assertTrue(d.getString("fundUseUrl").contains("/m/fund-use/" + fx.a.code() + "/"));
  }

  @Test
  void unrestrictedGiftsDebitTheAccountOfTheirChannel() {
    JsonObject wechat =
        w.give(DonationWorld.cash(person, "88.00", today()).add("channel", "WECHAT"));
    assertEquals(
        List.of("1009 Dr 88.00", "410101 Cr 88.00"), w.journal(wechat.getString("voucherId")));
    JsonObject cash = w.give(DonationWorld.cash(person, "50.00", today()).add("channel", "CASH"));
    assertEquals(
        List.of("1001 Dr 50.00", "410101 Cr 50.00"), w.journal(cash.getString("voucherId")));
  }

  @Test
  void goodsAreValuedByQuantityAndUnitValueAndDebitInventory() {
    JsonObject d =
        w.give(
            Json.createObjectBuilder()
                .add("kind", "IN_KIND")
                .add("donorId", company)
                .add("date", today())
                .add(
                    "goods",
                    Json.createObjectBuilder()
                        .add("name", "大米")
                        .add("unit", "袋")
                        .add("quantity", "10")
                        .add("unitValue", "25.50")
                        .add("valuationBasis", "SALES_PRICE")
                        .add("valuationEvidence", "超市售价小票")));
    assertEquals("255.00", d.getString("amount"));
    assertEquals("SALES_PRICE", d.getJsonObject("goods").getString("valuationBasis"));
    assertEquals(
        List.of("1201 Dr 255.00", "410101 Cr 255.00"), w.journal(d.getString("voucherId")));
  }

  @Test
  void aPledgeIsNotIncomeUntilItsMoneyArrives() {
    long vouchers = Db.count("accounting_voucher");
    JsonObject pledge =
        w.give(
            Json.createObjectBuilder()
                .add("kind", "PLEDGE")
                .add("donorId", company)
                .add("amount", "1000.00")
                .add("date", today())
                .add("dueOn", LocalDate.parse(today()).plusMonths(3).toString())
                .add("fundId", fund));
    assertEquals("PLEDGED", pledge.getString("status"));
    assertTrue(DonationWorld.absent(pledge, "voucherId"), "a pledge posts nothing");
    assertEquals(vouchers, Db.count("accounting_voucher"));
    String payments = w.donations() + "/" + pledge.getString("id") + "/payments";
    Http.Resp first = w.postOnce(payments, payment("600.00"));
    assertEquals(201, first.status(), first::toString);
    assertEquals("CASH", first.json().getString("kind"));
    assertEquals(pledge.getString("id"), first.json().getString("pledgeId"));
    assertEquals(
        List.of("1002 Dr 600.00", "410102 Cr 600.00 " + fund),
        w.journal(first.json().getString("voucherId")));
    JsonObject partly = w.admin.get(w.donations() + "/" + pledge.getString("id")).json();
    assertEquals("PLEDGED", partly.getString("status"));
    assertEquals("400.00", partly.getString("outstanding"));
    long donations = Db.count("donation");
    Http.Resp over = w.postOnce(payments, payment("400.01"));
    assertEquals(422, over.status(), over::toString);
    assertEquals("PLEDGE_OVERPAID", over.code());
    assertEquals(donations, Db.count("donation"));
    assertEquals(201, w.postOnce(payments, payment("400.00")).status());
    assertEquals(
        "FULFILLED",
        w.admin.get(w.donations() + "/" + pledge.getString("id")).json().getString("status"));
    Http.Resp again = w.postOnce(payments, payment("1.00"));
    assertEquals(409, again.status(), again::toString);
    assertEquals("PLEDGE_FULFILLED", again.code());
  }

  static JsonObject payment(String amount) {
    return Json.createObjectBuilder()
        .add("amount", amount)
        .add("date", today())
        .add("channel", "BANK")
        .add("reference", "到账")
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.001", "0", "0.00", "-5.00", "1e3", "abc"})
  void aBadAmountIs400AndWritesNothing(String amount) {
    long donations = Db.count("donation");
    long vouchers = Db.count("accounting_voucher");
    Http.Resp r = w.postOnce(w.donations(), DonationWorld.cash(company, amount, today()).build());
    assertEquals(400, r.status(), r::toString);
    assertEquals("INVALID_AMOUNT", r.code());
    assertEquals(donations, Db.count("donation"));
    assertEquals(vouchers, Db.count("accounting_voucher"));
  }

  @Test
  void anUnknownFundIsRefusedAndWritesNothing() {
    long donations = Db.count("donation");
    long transactions = Db.count("ledger_transaction");
    Http.Resp r =
        w.postOnce(
            w.donations(),
            DonationWorld.cash(company, "10.00", today())
                .add("fundId", UUID.randomUUID().toString())
                .build());
    assertEquals(422, r.status(), r::toString);
    assertEquals("FUND_NOT_FOUND", r.code());
    assertEquals(donations, Db.count("donation"));
    assertEquals(transactions, Db.count("ledger_transaction"));
  }

  @Test
  void aGiftDatedInAClosedPeriodIsRefusedAndWritesNothing() {
    Http.Resp close = w.admin.post(fx.a.path() + "/ledger/periods/2021-03/close", null);
    assertTrue(
        close.status() == 204
            || close.status() == 200
            || close.code().equals("PERIOD_ALREADY_CLOSED"),
        close::toString);
    long donations = Db.count("donation");
    long vouchers = Db.count("accounting_voucher");
    Http.Resp r =
        w.postOnce(w.donations(), DonationWorld.cash(company, "10.00", "2021-03-15").build());
    assertEquals(422, r.status(), r::toString);
    assertEquals("PERIOD_CLOSED", r.code());
    assertEquals(donations, Db.count("donation"));
    assertEquals(vouchers, Db.count("accounting_voucher"));
  }

  @Test
  void anUnknownDonorIs404AndTheKeyIsRequired() {
    Http.Resp r =
        w.postOnce(
            w.donations(),
            DonationWorld.cash(UUID.randomUUID().toString(), "1.00", today()).build());
    assertEquals(404, r.status(), r::toString);
    assertEquals("DONOR_NOT_FOUND", r.code());
    Http.Resp noKey =
        w.admin.post(w.donations(), DonationWorld.cash(company, "1.00", today()).build());
    assertEquals(400, noKey.status(), noKey::toString);
    assertEquals("IDEMPOTENCY_KEY_REQUIRED", noKey.code());
  }

  @Test
  void aRetryWithTheSameKeyRecordsOnce() {
    JsonObject body = DonationWorld.cash(person, "9.99", today()).build();
    Http keyed = w.admin.header("Idempotency-Key", "same-" + UUID.randomUUID());
    long donations = Db.count("donation");
    Http.Resp first = keyed.post(w.donations(), body);
    Http.Resp second = keyed.post(w.donations(), body);
    assertEquals(201, first.status(), first::toString);
    assertEquals(first.json().getString("id"), second.json().getString("id"));
    assertEquals(donations + 1, Db.count("donation"));
  }

  @Test
  void theListFiltersByKindAndFundAndStaffAndAuditorsRead() {
    w.give(DonationWorld.cash(person, "3.00", today()).add("fundId", fund));
    Http.Resp list = w.admin.get(w.donations() + "?fundId=" + fund + "&kind=CASH&limit=100");
    assertEquals(200, list.status(), list::toString);
    assertFalse(list.json().getJsonArray("items").isEmpty());
    list.json()
        .getJsonArray("items")
        .forEach(
            v -> {
              assertEquals(fund, v.asJsonObject().getString("fundId"));
              assertEquals("CASH", v.asJsonObject().getString("kind"));
            });
    assertEquals(200, fx.a.staff().http().get(w.donations()).status());
    Http.Resp staffWrites =
        fx.a
            .staff()
            .http()
            .header("Idempotency-Key", "s-" + UUID.randomUUID())
            .post(w.donations(), DonationWorld.cash(person, "1.00", today()).build());
    assertEquals(403, staffWrites.status(), staffWrites::toString);
  }

  @Test
  void theDonorSeesWhereARestrictedGiftWentWithoutLogin() {
    JsonObject d = w.give(DonationWorld.cash(person, "500.00", today()).add("fundId", fund));
    String url = d.getString("fundUseUrl");
    String token = url.substring(url.lastIndexOf('/') + 1);
    Http.Resp page = Http.anonymous().get("/api/v1/public/fund-use/" + fx.a.code() + "/" + token);
    assertEquals(200, page.status(), page::toString);
    JsonObject view = page.json();
    assertEquals("500.00", view.getString("amount"));
    assertEquals("王**", view.getString("donorName"));
    assertTrue(view.getBoolean("restricted"));
    assertTrue(view.getString("fundName").startsWith("捐赠测试基金"));
    assertEquals(
        AccountingWorld.fundView(w.admin, fx.a, fund).getString("balance"),
        view.getString("fundBalance"));
    Http.Resp guessed =
        Http.anonymous().get("/api/v1/public/fund-use/" + fx.a.code() + "/AAAAAAAAAAAAAAAAAAAAAA");
    assertEquals(404, guessed.status(), guessed::toString);
    assertEquals("FUND_USE_NOT_FOUND", guessed.code());
    Http.Resp otherOrg =
        Http.anonymous().get("/api/v1/public/fund-use/" + fx.b.code() + "/" + token);
    assertEquals(404, otherOrg.status(), "a link works only with its own organization");
  }
}
