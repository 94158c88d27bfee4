package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.DonationWorld;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.TestEnv;

/**
 * Donation receipts over HTTP: numbers from registered series without gaps or reuse (also under 50
 * concurrent issues), the printed facts with the amount in capitals, refusals that write nothing,
 * voiding that keeps the number, the PDF and the public check by QR code.
 */
class ReceiptIT {
  static final Fixture fx = Fixture.get();

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  static DonationWorld w;
  static String company;

  @BeforeAll
  static void setUp() {
    w = new DonationWorld(fx.a);
    company = w.company("票据测试公司" + Ids.suffix());
  }

  /** A fresh 8-digit receipt code, so each test has its own series. */
  static String code() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
  }

  String gift(String amount) {
    return w.give(DonationWorld.cash(company, amount, today())).getString("id");
  }

  @Test
  void aReceiptTakesTheSeriesNextNumberAndPrintsTheAmountInCapitals() {
    String code = code();
    String series = w.series(code, 1001, 1100);
    Http.Resp r = w.issue(gift("1234.50"), series);
    assertEquals(201, r.status(), r::toString);
    JsonObject receipt = r.json();
    assertEquals(code, receipt.getString("receiptCode"));
    assertEquals("0000001001", receipt.getString("receiptNo"));
    assertEquals("1234.50", receipt.getString("amount"));
    assertEquals("壹仟贰佰叁拾肆元伍角整", receipt.getString("amountInCapitals"));
    assertTrue(receipt.getString("payerName").startsWith("票据测试公司"));
    assertEquals(18, receipt.getString("payerCreditCode").length());
    assertEquals(today(), receipt.getString("issuedOn"));
    assertEquals(10, receipt.getString("checkCode").length());
    assertEquals("0000001002", w.issue(gift("1.00"), series).json().getString("receiptNo"));
    JsonObject listed =
        w.admin.get(w.receipts() + "/series").json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getString("id").equals(series))
            .findFirst()
            .orElseThrow();
    assertEquals("0000001003", listed.getString("nextNo"));
    assertEquals(98, listed.getInt("remaining"));
  }

  @Test
  void overlappingSeriesAreRefused() {
    String code = code();
    w.series(code, 1, 100);
    Http.Resp r =
        w.admin.post(
            w.receipts() + "/series",
            Json.createObjectBuilder()
                .add("receiptCode", code)
                .add("firstNo", 50)
                .add("lastNo", 150)
                .build());
    assertEquals(409, r.status(), r::toString);
    assertEquals("RECEIPT_SERIES_OVERLAP", r.code());
  }

  @Test
  void refusedIssuesWriteNothingAndTakeNoNumber() {
    String series = w.series(code(), 1, 3);
    String sponsorship =
        w.give(DonationWorld.cash(company, "100.00", today()).add("benefitInReturn", true))
            .getString("id");
    String pledge =
        w.give(
                Json.createObjectBuilder()
                    .add("kind", "PLEDGE")
                    .add("donorId", company)
                    .add("amount", "100.00")
                    .add("date", today())
                    .add("dueOn", today()))
            .getString("id");
    long receipts = Db.count("receipt");
    Http.Resp benefit = w.issue(sponsorship, series);
    assertEquals(422, benefit.status(), benefit::toString);
    assertEquals("RECEIPT_NOT_ALLOWED_FOR_BENEFIT", benefit.code());
    Http.Resp promised = w.issue(pledge, series);
    assertEquals(422, promised.status(), promised::toString);
    assertEquals("RECEIPT_NOT_ALLOWED_FOR_PLEDGE", promised.code());
    String donation = gift("5.00");
    Http.Resp outside =
        w.postOnce(
            w.receipts(),
            Json.createObjectBuilder()
                .add("donationId", donation)
                .add("seriesId", series)
                .add("number", 4)
                .build());
    assertEquals(422, outside.status(), outside::toString);
    assertEquals("RECEIPT_NUMBER_OUTSIDE_SERIES", outside.code());
    Http.Resp skipping =
        w.postOnce(
            w.receipts(),
            Json.createObjectBuilder()
                .add("donationId", donation)
                .add("seriesId", series)
                .add("number", 2)
                .build());
    assertEquals(422, skipping.status(), skipping::toString);
    assertEquals("RECEIPT_NUMBER_NOT_NEXT", skipping.code());
    assertEquals(receipts, Db.count("receipt"));
    Http.Resp first = w.issue(donation, series);
    assertEquals("0000000001", first.json().getString("receiptNo"), "no number was used up");
    Http.Resp twice = w.issue(donation, series);
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("DONATION_ALREADY_RECEIPTED", twice.code());
    assertEquals(201, w.issue(gift("1.00"), series).status());
    assertEquals(201, w.issue(gift("1.00"), series).status());
    Http.Resp exhausted = w.issue(gift("1.00"), series);
    assertEquals(422, exhausted.status(), exhausted::toString);
    assertEquals("RECEIPT_SERIES_EXHAUSTED", exhausted.code());
  }

  @Test
  void voidingKeepsTheNumberAndAReissueTakesTheNext() {
    String series = w.series(code(), 1, 10);
    String donation = gift("20.00");
    JsonObject receipt = w.issue(donation, series).json();
    Http.Resp voided =
        w.postOnce(
            w.receipts() + "/" + receipt.getString("id") + "/void",
            Json.createObjectBuilder().add("reason", "交款人名称有误").build());
    assertEquals(200, voided.status(), voided::toString);
    assertEquals("VOID", voided.json().getString("status"));
    assertEquals("交款人名称有误", voided.json().getString("voidReason"));
    assertEquals(receipt.getString("receiptNo"), voided.json().getString("receiptNo"));
    Http.Resp again =
        w.postOnce(
            w.receipts() + "/" + receipt.getString("id") + "/void",
            Json.createObjectBuilder().add("reason", "再次").build());
    assertEquals(409, again.status(), again::toString);
    assertEquals("RECEIPT_ALREADY_VOID", again.code());
    JsonObject reissued = w.issue(donation, series).json();
    assertEquals("0000000002", reissued.getString("receiptNo"));
    JsonObject check = publicCheck(receipt, receipt.getString("checkCode")).json();
    assertEquals("VOID", check.getString("status"));
    assertFalse(check.getBoolean("valid"));
  }

  @Test
  void fiftyConcurrentIssuesGetFiftyConsecutiveNumbers() throws Exception {
    String series = w.series(code(), 501, 1000);
    List<String> donations = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      donations.add(gift("1.00"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Http.Resp>> answers = new ArrayList<>();
    try {
      for (String d : donations) {
        answers.add(pool.submit(() -> w.issue(d, series)));
      }
      List<Long> numbers = new ArrayList<>();
      for (Future<Http.Resp> f : answers) {
        Http.Resp r = f.get(120, TimeUnit.SECONDS);
        assertEquals(201, r.status(), r::toString);
        numbers.add(Long.parseLong(r.json().getString("receiptNo")));
      }
      numbers.sort(null);
      assertEquals(LongStream.rangeClosed(501, 550).boxed().toList(), numbers);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thePublicCheckShowsTheFactsOnlyWithTheCheckCode() {
    String series = w.series(code(), 1, 10);
    JsonObject receipt = w.issue(gift("1234.50"), series).json();
    assertTrue(receipt.getString("verificationUrl").contains("/m/receipts/verify/" + fx.a.code()));
    Http.Resp withCode = publicCheck(receipt, receipt.getString("checkCode"));
    assertEquals(200, withCode.status(), withCode::toString);
    assertTrue(withCode.json().getBoolean("valid"));
    assertEquals("1234.50", withCode.json().getJsonObject("facts").getString("amount"));
    assertEquals(
        "壹仟贰佰叁拾肆元伍角整", withCode.json().getJsonObject("facts").getString("amountInCapitals"));
    JsonObject without = publicCheck(receipt, null).json();
    assertTrue(without.getBoolean("factsRequireCheckCode"));
    assertTrue(DonationWorld.absent(without, "facts"));
    assertEquals("ISSUED", without.getString("status"));
    JsonObject wrong = publicCheck(receipt, "0000000000").json();
    assertFalse(wrong.getBoolean("valid"));
    assertFalse(wrong.getBoolean("checkCodeMatches"));
    assertTrue(DonationWorld.absent(wrong, "facts"));
    Http.Resp unknown =
        Http.anonymous()
            .get(
                "/api/v1/public/receipts/"
                    + fx.a.code()
                    + "/"
                    + receipt.getString("receiptCode")
                    + "/9999999999");
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("RECEIPT_NOT_FOUND", unknown.code());
    Http.Resp otherOrg =
        Http.anonymous()
            .get(
                "/api/v1/public/receipts/"
                    + fx.b.code()
                    + "/"
                    + receipt.getString("receiptCode")
                    + "/"
                    + receipt.getString("receiptNo"));
    assertEquals(404, otherOrg.status(), "a receipt is checked only under its own organization");
  }

  @Test
  void thePdfIsAPdfAndAuditorsAndStaffCannotIssue() throws Exception {
    String series = w.series(code(), 1, 10);
    JsonObject receipt = w.issue(gift("66.60"), series).json();
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            TestEnv.baseUrl()
                                + w.receipts()
                                + "/"
                                + receipt.getString("id")
                                + "/pdf"))
                    .header("Authorization", "Bearer " + fx.a.admin().token())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    Http.Resp staff =
        fx.a
            .staff()
            .http()
            .header("Idempotency-Key", "s-" + java.util.UUID.randomUUID())
            .post(w.receipts(), Json.createObjectBuilder().add("donationId", "x").build());
    assertEquals(403, staff.status(), staff::toString);
    assertEquals(200, fx.a.staff().http().get(w.receipts()).status());
  }

  static Http.Resp publicCheck(JsonObject receipt, String checkCode) {
    return Http.anonymous()
        .get(
            "/api/v1/public/receipts/"
                + fx.a.code()
                + "/"
                + receipt.getString("receiptCode")
                + "/"
                + receipt.getString("receiptNo")
                + (checkCode == null ? "" : "?c=" + checkCode));
  }
}
