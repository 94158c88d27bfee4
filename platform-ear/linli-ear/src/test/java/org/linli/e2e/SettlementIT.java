package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;
import org.linli.e2e.support.Simulator;

/**
 * Monthly settlement of purchase contracts (issue 20, settlement) over real HTTP: the figures and
 * the deductions for flagged orders, reproducible drafts, acceptance that freezes the settlement
 * and settles the orders on both copies, the provider's books (receivable, then cash) balanced on
 * the contract's project, invoice and payment, one winner of two concurrent accepts, and bad input
 * refused with nothing written.
 */
class SettlementIT {
  static final Fixture fx = Fixture.get();
  static final double LAT = 32.066;
  static final double LON = 118.783;
  static final YearMonth LAST = YearMonth.now(PurchaseWorld.CHINA).minusMonths(1);

  static Fixture.TestOrg g;
  static Fixture.TestOrg p;

  @BeforeAll
  static void buyerAndProvider() {
    g = PurchaseWorld.buyer("sg" + Ids.suffix());
    p = fx.createOrg("sp" + Ids.suffix());
    openBooks(p);
  }

  static void openBooks(Fixture.TestOrg org) {
    Http.Resp opened =
        org.admin().http().post(org.path() + "/accounting/books", "{\"chartVersion\":\"2024\"}");
    assertTrue(opened.status() == 200 || opened.status() == 201, opened::toString);
  }

  static String contract(Fixture.TestOrg buyer, Fixture.TestOrg provider) {
    return PurchaseWorld.activeContract(buyer, provider);
  }

  /** An order of {@code item} on {@code day}, delivered at the resident's address at once. */
  static String delivered(
      Fixture.TestOrg buyer,
      Fixture.TestOrg provider,
      String contract,
      String resident,
      String item,
      LocalDate day) {
    String order = ordered(buyer, contract, resident, item, day);
    PurchaseWorld.checkedIn(provider, provider.volunteer(), order, LAT, LON);
    PurchaseWorld.checkedOut(provider, provider.volunteer(), order, LAT, LON);
    return order;
  }

  static String ordered(
      Fixture.TestOrg buyer, String contract, String resident, String item, LocalDate day) {
    Http.Resp o =
        buyer
            .staff()
            .http()
            .post(
                buyer.path() + "/service-orders",
                Json.createObjectBuilder()
                    .add("contractId", contract)
                    .add("residentId", resident)
                    .add("itemCode", item)
                    .add("serviceDate", day.toString())
                    .build());
    assertEquals(201, o.status(), o::toString);
    return o.json().getJsonObject("order").getString("id");
  }

  static Http.Resp draft(Fixture.TestOrg buyer, String contract, String month) {
    return buyer
        .admin()
        .http()
        .post(
            buyer.path() + "/settlements",
            "{\"contractId\":\"" + contract + "\",\"month\":\"" + month + "\"}");
  }

  static Http.Resp accept(Fixture.TestOrg buyer, String id, Object version) {
    return buyer
        .admin()
        .http()
        .header("Idempotency-Key", "acc-" + System.nanoTime())
        .header("If-Match", "\"" + version + "\"")
        .post(buyer.path() + "/settlements/" + id + "/accept", null);
  }

  static JsonObject settlement(Fixture.TestOrg side, String id) {
    Http.Resp r = side.admin().http().get(side.path() + "/settlements/" + id);
    assertEquals(200, r.status(), r::toString);
    assertEquals(
        "\"" + r.json().getJsonObject("settlement").getInt("version") + "\"", r.header("ETag"));
    return r.json();
  }

  static String orderStatus(Fixture.TestOrg side, String order) {
    Http.Resp r = side.admin().http().get(side.path() + "/service-orders/" + order);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonObject("order").getString("status");
  }

  /** The order's recorded steps as its side's API shows them (the SETTLED one derived, V71). */
  static JsonArray transitions(Fixture.TestOrg side, String order) {
    Http.Resp r = side.admin().http().get(side.path() + "/service-orders/" + order);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("transitions");
  }

  static long settledSteps(JsonArray steps) {
    return steps.stream().filter(t -> "SETTLED".equals(t.asJsonObject().getString("to"))).count();
  }

  static Map<String, JsonObject> lines(JsonObject detail) {
    Map<String, JsonObject> byItem = new HashMap<>();
    detail
        .getJsonArray("lines")
        .forEach(v -> byItem.put(v.asJsonObject().getString("itemCode"), v.asJsonObject()));
    return byItem;
  }

  /** The provider's copy once {@code ready} holds (posting runs after the buyer's commit). */
  static JsonObject providerCopyWhen(String id, Predicate<JsonObject> ready) {
    return providerCopyWhen(p, id, ready);
  }

  static JsonObject providerCopyWhen(
      Fixture.TestOrg provider, String id, Predicate<JsonObject> ready) {
    JsonObject[] last = new JsonObject[1];
    Simulator.await(
        "the provider's copy of " + id,
        Duration.ofSeconds(60),
        () -> ready.test(last[0] = settlement(provider, id).getJsonObject("settlement")));
    return last[0];
  }

  static JsonObject tbRow(Http.Resp tb, String code) {
    for (JsonValue v : tb.json().getJsonArray("accounts")) {
      if (v.asJsonObject().getString("code").equals(code)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("no row " + code + " in " + tb);
  }

  @Test
  void aMonthIsSettledWithDeductionsReproduciblyAndPostedInTheProvidersBooks() {
    // A provider of its own, so its books hold this settlement only.
    Fixture.TestOrg p = fx.createOrg("so" + Ids.suffix());
    openBooks(p);
    String c = contract(g, p);
    String r = PurchaseWorld.assignedResident(g, c);
    LocalDate d = LAST.atDay(1);
    // 助餐 (15.00, no minimum) three times, clean; 助洁 (40.00, 60 minutes minimum) three times, each
    // a SHORT_VISIT: one left open, one rejected, one accepted by the buyer.
    List<String> meals = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      meals.add(delivered(g, p, c, r, "MEAL_AID", d.plusDays(i)));
    }
    String open = delivered(g, p, c, r, "CLEANING", d.plusDays(3));
    String rejected = delivered(g, p, c, r, "CLEANING", d.plusDays(4));
    String acceptedFlag = delivered(g, p, c, r, "CLEANING", d.plusDays(5));
    String flags = g.path() + "/service-orders/";
    assertEquals(
        200,
        g.admin()
            .http()
            .post(flags + rejected + "/flags/SHORT_VISIT/reject", "{\"reason\":\"时长不足, 不予结算\"}")
            .status());
    assertEquals(
        200,
        g.admin()
            .http()
            .post(flags + acceptedFlag + "/flags/SHORT_VISIT/accept", "{\"reason\":\"居民提前结束\"}")
            .status());
    // Not in the month: an order not completed, and one of this month.
    String pending = ordered(g, c, r, "MEAL_AID", d.plusDays(6));
    delivered(g, p, c, r, "MEAL_AID", PurchaseWorld.today());

    Http.Resp first = draft(g, c, LAST.toString());
    assertEquals(200, first.status(), first::toString);
    JsonObject s = first.json().getJsonObject("settlement");
    String id = s.getString("id");
    assertEquals("DRAFT", s.getString("status"));
    assertEquals(6, s.getInt("orderCount"));
    assertEquals("165.00", s.getString("grossAmount"), "3 × 15 + 3 × 40");
    assertEquals("80.00", s.getString("deductionAmount"), "the open and the rejected 助洁");
    assertEquals("85.00", s.getString("amountDue"));
    Map<String, JsonObject> l = lines(first.json());
    assertEquals(3, l.get("MEAL_AID").getInt("completedCount"));
    assertEquals("45.00", l.get("MEAL_AID").getString("amountDue"));
    assertEquals(0, l.get("MEAL_AID").getInt("deductedCount"));
    assertEquals(3, l.get("CLEANING").getInt("completedCount"));
    assertEquals(2, l.get("CLEANING").getInt("deductedCount"));
    assertEquals("80.00", l.get("CLEANING").getString("deductionAmount"));
    assertEquals(1, l.get("CLEANING").getInt("settledCount"));
    assertEquals("40.00", l.get("CLEANING").getString("amountDue"));

    // The reason of each deduction, per order.
    Http.Resp deducted =
        g.admin().http().get(g.path() + "/settlements/" + id + "/orders?outcome=DEDUCTED");
    assertEquals(200, deducted.status(), deducted::toString);
    Map<String, JsonObject> byOrder = new HashMap<>();
    deducted
        .json()
        .getJsonArray("items")
        .forEach(v -> byOrder.put(v.asJsonObject().getString("orderId"), v.asJsonObject()));
    assertEquals(2, byOrder.size(), byOrder::toString);
    assertEquals("OPEN_FLAG", byOrder.get(open).getString("reason"));
    assertEquals("SHORT_VISIT", byOrder.get(open).getString("detail"));
    assertEquals("REJECTED_FLAG", byOrder.get(rejected).getString("reason"));

    // Reproducible: the same month drafted again gives the same figures (a new version).
    Http.Resp again = draft(g, c, LAST.toString());
    assertEquals(200, again.status(), again::toString);
    JsonObject s2 = again.json().getJsonObject("settlement");
    assertEquals(id, s2.getString("id"));
    assertEquals(2, s2.getInt("version"));
    assertEquals(first.json().getJsonArray("lines"), again.json().getJsonArray("lines"));
    assertEquals("85.00", s2.getString("amountDue"));

    // Accepting needs the version read: missing 428, stale 412; the auditor may not.
    Http.Resp noMatch =
        g.admin()
            .http()
            .header("Idempotency-Key", "acc-" + System.nanoTime())
            .post(g.path() + "/settlements/" + id + "/accept", null);
    assertEquals(428, noMatch.status(), noMatch::toString);
    Http.Resp stale = accept(g, id, 1);
    assertEquals(412, stale.status(), stale::toString);
    Http.Resp auditor =
        g.volunteer()
            .http()
            .header("Idempotency-Key", "acc-" + System.nanoTime())
            .header("If-Match", "\"2\"")
            .post(g.path() + "/settlements/" + id + "/accept", null);
    assertEquals(403, auditor.status(), auditor::toString);
    Http.Resp ok = accept(g, id, 2);
    assertEquals(200, ok.status(), ok::toString);
    assertEquals("ACCEPTED", ok.json().getJsonObject("settlement").getString("status"));
    assertEquals(
        1,
        Db.count(
            "audit_record WHERE action = 'PURCHASE_SETTLEMENT_ACCEPTED' AND entity_id = '"
                + id
                + "'"));

    // The paid orders are SETTLED on both copies; the deducted and the others are not.
    for (String m : meals) {
      assertEquals("SETTLED", orderStatus(g, m));
      assertEquals("SETTLED", orderStatus(p, m));
    }
    assertEquals("SETTLED", orderStatus(p, acceptedFlag));
    assertEquals("COMPLETED", orderStatus(g, open));
    assertEquals("COMPLETED", orderStatus(p, rejected));
    assertEquals("PENDING_DISPATCH", orderStatus(g, pending));
    // Each settled order's history shows its SETTLED step once, on both copies: the acceptance's
    // who and when, numbered after its last recorded step and leaving that step's status; it is
    // written once per settlement, not per order. A deducted order has no such step.
    JsonObject acc = ok.json().getJsonObject("settlement");
    for (Fixture.TestOrg side : List.of(g, p)) {
      for (String m : meals) {
        JsonArray steps = transitions(side, m);
        assertEquals(1, settledSteps(steps), steps::toString);
        JsonObject step = steps.getJsonObject(steps.size() - 1);
        JsonObject before = steps.getJsonObject(steps.size() - 2);
        assertEquals("SETTLED", step.getString("to"), steps::toString);
        assertEquals(before.getString("to"), step.getString("from"), steps::toString);
        assertEquals(before.getInt("seq") + 1, step.getInt("seq"), steps::toString);
        assertEquals(acc.getString("acceptedBy"), step.getString("actor"), steps::toString);
        assertEquals(acc.getString("acceptedAt"), step.getString("at"), steps::toString);
        assertNotNull(step.getString("actorId"), steps::toString);
      }
      assertEquals(0, settledSteps(transitions(side, rejected)));
    }
    assertEquals(
        0,
        Db.count(
            "purchase_order_transition WHERE to_status = 'SETTLED' AND order_id = '"
                + meals.get(0)
                + "'"),
        "the step is the settlement's, not a row per order");

    // Immutable from now on: no re-draft, and the database refuses a change of its figures.
    Http.Resp redraft = draft(g, c, LAST.toString());
    assertEquals(409, redraft.status(), redraft::toString);
    assertEquals("SETTLEMENT_STATUS_CONFLICT", redraft.code());
    assertEquals("85.00", settlement(g, id).getJsonObject("settlement").getString("amountDue"));

    // The provider's copy, and its books: Dr 1121 / Cr 430101 on the contract's project.
    JsonObject pc = providerCopyWhen(p, id, x -> !x.isNull("accrualVoucherId"));
    assertEquals("PROVIDER", pc.getString("side"));
    assertEquals("ACCEPTED", pc.getString("status"));
    assertEquals("85.00", pc.getString("amountDue"));
    Http.Resp budget = p.admin().http().get(p.path() + "/settlements/contracts/" + c + "/budget");
    assertEquals(200, budget.status(), budget::toString);
    String fund = budget.json().getString("fundId");
    assertNotNull(fund);
    JsonObject accrual =
        p.admin()
            .http()
            .get(p.path() + "/accounting/vouchers/" + pc.getString("accrualVoucherId"))
            .json();
    JsonArray al = accrual.getJsonArray("lines");
    assertEquals(2, al.size(), accrual::toString);
    assertEquals("1121", al.getJsonObject(0).getString("accountCode"));
    assertEquals("85.00", al.getJsonObject(0).getString("debit"));
    assertEquals("430101", al.getJsonObject(1).getString("accountCode"));
    assertEquals("85.00", al.getJsonObject(1).getString("credit"));
    al.forEach(v -> assertEquals(fund, v.asJsonObject().getString("fundId"), "专账 per contract"));

    // The paid orders are not stored per order but derived (the month's SETTLED orders), on both
    // sides; the deducted ones carry their reason.
    for (Fixture.TestOrg side : List.of(g, p)) {
      Http.Resp paidOrders =
          side.admin()
              .http()
              .get(side.path() + "/settlements/" + id + "/orders?outcome=PAID&limit=100");
      assertEquals(200, paidOrders.status(), paidOrders::toString);
      List<String> paidIds = new ArrayList<>();
      paidOrders
          .json()
          .getJsonArray("items")
          .forEach(v -> paidIds.add(v.asJsonObject().getString("orderId")));
      List<String> expected = new ArrayList<>(meals);
      expected.add(acceptedFlag);
      java.util.Collections.sort(expected);
      assertEquals(expected, paidIds, paidOrders::toString);
      Http.Resp all =
          side.admin().http().get(side.path() + "/settlements/" + id + "/orders?limit=100");
      assertEquals(6, all.json().getJsonArray("items").size(), all::toString);
    }

    // The contract's project ledger (专账) at the provider: the accrual's two lines on the fund,
    // the surplus is the income; the buyer keeps no books for it.
    Http.Resp ledger =
        p.staff().http().get(p.path() + "/settlements/contracts/" + c + "/ledger?limit=1");
    assertEquals(200, ledger.status(), ledger::toString);
    assertEquals(fund, ledger.json().getString("fundId"));
    assertEquals("0.00", ledger.json().getString("openingBalance"));
    assertEquals("85.00", ledger.json().getString("closingBalance"));
    assertEquals(1, ledger.json().getJsonArray("items").size(), ledger::toString);
    JsonObject firstLine = ledger.json().getJsonArray("items").getJsonObject(0);
    assertEquals("1121", firstLine.getString("accountCode"));
    assertEquals("85.00", firstLine.getString("debit"));
    assertEquals("0.00", firstLine.getString("balance"), "a receivable is no income");
    Http.Resp ledger2 =
        p.staff()
            .http()
            .get(
                p.path()
                    + "/settlements/contracts/"
                    + c
                    + "/ledger?limit=1&cursor="
                    + ledger.json().getString("nextCursor"));
    assertEquals(200, ledger2.status(), ledger2::toString);
    JsonObject secondLine = ledger2.json().getJsonArray("items").getJsonObject(0);
    assertEquals("430101", secondLine.getString("accountCode"));
    assertEquals("85.00", secondLine.getString("credit"));
    assertEquals("85.00", secondLine.getString("balance"));
    assertTrue(ledger2.json().isNull("nextCursor"), ledger2::toString);
    Http.Resp buyerLedger =
        g.admin().http().get(g.path() + "/settlements/contracts/" + c + "/ledger");
    assertEquals(403, buyerLedger.status(), buyerLedger::toString);
    assertEquals("PROJECT_LEDGER_PROVIDER_ONLY", buyerLedger.code());
    Http.Resp badRange =
        p.staff()
            .http()
            .get(
                p.path() + "/settlements/contracts/" + c + "/ledger?from=2026-02-01&to=2026-01-01");
    assertEquals(400, badRange.status(), badRange::toString);

    // Invoice: only for the amount due, only by the provider's admin.
    String invoicePath = p.path() + "/settlements/" + id + "/invoice";
    Http.Resp staffInvoice =
        p.staff()
            .http()
            .header("Idempotency-Key", "inv-" + System.nanoTime())
            .header("If-Match", "\"" + pc.getInt("version") + "\"")
            .post(invoicePath, "{\"invoiceNo\":\"FP0001\",\"amount\":\"85.00\"}");
    assertEquals(403, staffInvoice.status(), staffInvoice::toString);
    Http.Resp wrong =
        p.admin()
            .http()
            .header("Idempotency-Key", "inv-" + System.nanoTime())
            .header("If-Match", "\"" + pc.getInt("version") + "\"")
            .post(invoicePath, "{\"invoiceNo\":\"FP0001\",\"amount\":\"86.00\"}");
    assertEquals(422, wrong.status(), wrong::toString);
    assertEquals("INVOICE_AMOUNT_MISMATCH", wrong.code());
    Http.Resp invoiced =
        p.admin()
            .http()
            .header("Idempotency-Key", "inv-" + System.nanoTime())
            .header("If-Match", "\"" + pc.getInt("version") + "\"")
            .post(invoicePath, "{\"invoiceNo\":\"FP0001\",\"amount\":\"85.00\"}");
    assertEquals(200, invoiced.status(), invoiced::toString);
    JsonObject gi = settlement(g, id).getJsonObject("settlement");
    assertEquals("INVOICED", gi.getString("status"));
    assertEquals("FP0001", gi.getString("invoiceNo"));

    // Payment by the buyer: not in the future; then Dr 1002 / Cr 1121 at the provider.
    String payPath = g.path() + "/settlements/" + id + "/pay";
    Http.Resp future =
        g.admin()
            .http()
            .header("Idempotency-Key", "pay-" + System.nanoTime())
            .header("If-Match", "\"" + gi.getInt("version") + "\"")
            .post(
                payPath,
                "{\"paidOn\":\""
                    + PurchaseWorld.today().plusDays(1)
                    + "\",\"reference\":\"GK-1\"}");
    assertEquals(400, future.status(), future::toString);
    assertEquals("PAYMENT_DATE_INVALID", future.code());
    Http.Resp paid =
        g.admin()
            .http()
            .header("Idempotency-Key", "pay-" + System.nanoTime())
            .header("If-Match", "\"" + gi.getInt("version") + "\"")
            .post(payPath, "{\"paidOn\":\"" + PurchaseWorld.today() + "\",\"reference\":\"GK-1\"}");
    assertEquals(200, paid.status(), paid::toString);
    assertEquals("PAID", paid.json().getJsonObject("settlement").getString("status"));
    JsonObject pp = providerCopyWhen(p, id, x -> !x.isNull("paymentVoucherId"));
    assertEquals("PAID", pp.getString("status"));
    assertEquals("GK-1", pp.getString("paymentRef"));
    Http.Resp tb =
        p.admin()
            .http()
            .get(
                p.path()
                    + "/accounting/trial-balance?from="
                    + LAST.atDay(1)
                    + "&to="
                    + PurchaseWorld.today());
    assertEquals(200, tb.status(), tb::toString);
    assertTrue(tb.json().getJsonObject("totals").getBoolean("balanced"), tb::toString);
    assertEquals("85.00", tbRow(tb, "1002").getString("closingDebit"));
    assertEquals("85.00", tbRow(tb, "1121").getString("debit"));
    assertEquals("85.00", tbRow(tb, "1121").getString("credit"));
    assertEquals("85.00", tbRow(tb, "430101").getString("closingCredit"));
    Http.Resp invariants = p.admin().http().get(p.path() + "/ledger/invariants");
    assertTrue(invariants.json().getBoolean("ok"), invariants::toString);

    // Budget against actual, the same on both sides.
    for (Fixture.TestOrg side : List.of(g, p)) {
      JsonObject b =
          side.admin().http().get(side.path() + "/settlements/contracts/" + c + "/budget").json();
      assertEquals("85.00", b.getString("settledAmount"), b::toString);
      assertEquals("85.00", b.getString("paidAmount"));
      Map<String, JsonObject> items = new HashMap<>();
      b.getJsonArray("items")
          .forEach(v -> items.put(v.asJsonObject().getString("itemCode"), v.asJsonObject()));
      assertEquals(3, items.get("MEAL_AID").getInt("settledCount"));
      assertEquals("45.00", items.get("MEAL_AID").getString("settledAmount"));
      assertEquals(1, items.get("CLEANING").getInt("settledCount"));
      assertEquals(2, items.get("CLEANING").getInt("deductedCount"));
      assertEquals(499, items.get("CLEANING").getInt("remainingQuantity"));
    }
  }

  @Test
  void aStaleDraftIsRefusedAndOfTwoConcurrentAcceptsOneWins() throws Exception {
    String c = contract(g, p);
    String r = PurchaseWorld.assignedResident(g, c);
    LocalDate d = LAST.atDay(10);
    String o1 = delivered(g, p, c, r, "MEAL_AID", d);
    Http.Resp drafted = draft(g, c, LAST.toString());
    assertEquals(200, drafted.status(), drafted::toString);
    String id = drafted.json().getJsonObject("settlement").getString("id");
    // Another order of the month completed after the draft: accepting the old figures is refused.
    delivered(g, p, c, r, "MEAL_AID", d.plusDays(1));
    Http.Resp stale = accept(g, id, 1);
    assertEquals(409, stale.status(), stale::toString);
    assertEquals("SETTLEMENT_STALE", stale.code());
    assertEquals("DRAFT", settlement(g, id).getJsonObject("settlement").getString("status"));
    assertEquals("COMPLETED", orderStatus(g, o1), "nothing settled by the refused accept");

    Http.Resp redrafted = draft(g, c, LAST.toString());
    assertEquals("30.00", redrafted.json().getJsonObject("settlement").getString("amountDue"));
    int version = redrafted.json().getJsonObject("settlement").getInt("version");
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Http.Resp>> racers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      racers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return accept(g, id, version);
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<Http.Resp> f : racers) {
      statuses.add(f.get().status());
    }
    assertEquals(1, statuses.stream().filter(st -> st == 200).count(), statuses::toString);
    assertTrue(
        statuses.stream().allMatch(st -> st == 200 || st == 409 || st == 412), statuses::toString);
    assertEquals(1, settledSteps(transitions(g, o1)), "settled once");
    assertEquals(1, settledSteps(transitions(p, o1)), "settled once, the provider's copy too");
    assertEquals("ACCEPTED", settlement(g, id).getJsonObject("settlement").getString("status"));
  }

  @Test
  void aProviderWithoutBooksCannotBeSettledAndNothingIsWritten() {
    Fixture.TestOrg noBooks = fx.createOrg("sn" + Ids.suffix());
    String c = contract(g, noBooks);
    String r = PurchaseWorld.assignedResident(g, c);
    String o = delivered(g, noBooks, c, r, "MEAL_AID", LAST.atDay(2));
    Http.Resp drafted = draft(g, c, LAST.toString());
    String id = drafted.json().getJsonObject("settlement").getString("id");
    Http.Resp refused = accept(g, id, 1);
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("PROVIDER_BOOKS_NOT_OPEN", refused.code());
    assertEquals("DRAFT", settlement(g, id).getJsonObject("settlement").getString("status"));
    assertEquals("COMPLETED", orderStatus(noBooks, o));
    assertEquals(0, Db.count("purchase_settlement WHERE tenant_id = '" + noBooks.code() + "'"));
  }

  @Test
  void badInputIsRefusedWithAStableCodeAndNothingIsWritten() {
    String c = contract(g, p);
    long before = Db.count("purchase_settlement WHERE contract_id = '" + c + "'");
    Http admin = g.admin().http();
    String path = g.path() + "/settlements";
    Http.Resp badMonth = admin.post(path, "{\"contractId\":\"" + c + "\",\"month\":\"2026-13\"}");
    assertEquals(400, badMonth.status(), badMonth::toString);
    assertEquals("INVALID_PERIOD", badMonth.code());
    Http.Resp noContract = admin.post(path, "{\"month\":\"" + LAST + "\"}");
    assertEquals(400, noContract.status(), noContract::toString);
    Http.Resp unknownField =
        admin.post(
            path, "{\"contractId\":\"" + c + "\",\"month\":\"" + LAST + "\",\"amount\":\"1\"}");
    assertEquals(400, unknownField.status(), unknownField::toString);
    Http.Resp outside = admin.post(path, "{\"contractId\":\"" + c + "\",\"month\":\"2020-01\"}");
    assertEquals(422, outside.status(), outside::toString);
    assertEquals("SETTLEMENT_MONTH_OUTSIDE_TERM", outside.code());
    Http.Resp future =
        admin.post(path, "{\"contractId\":\"" + c + "\",\"month\":\"" + LAST.plusMonths(2) + "\"}");
    assertEquals(422, future.status(), future::toString);
    assertEquals("SETTLEMENT_MONTH_NOT_STARTED", future.code());
    Http.Resp staff =
        g.staff().http().post(path, "{\"contractId\":\"" + c + "\",\"month\":\"" + LAST + "\"}");
    assertEquals(403, staff.status(), staff::toString);
    Http.Resp provider =
        p.admin()
            .http()
            .post(
                p.path() + "/settlements",
                "{\"contractId\":\"" + c + "\",\"month\":\"" + LAST + "\"}");
    assertEquals(403, provider.status(), provider::toString);
    assertEquals("SETTLEMENT_BUYER_ONLY", provider.code());
    assertEquals(before, Db.count("purchase_settlement WHERE contract_id = '" + c + "'"));

    // The running month can be drafted but not accepted.
    Http.Resp current =
        admin.post(path, "{\"contractId\":\"" + c + "\",\"month\":\"" + LAST.plusMonths(1) + "\"}");
    assertEquals(200, current.status(), current::toString);
    Http.Resp early = accept(g, current.json().getJsonObject("settlement").getString("id"), 1);
    assertEquals(422, early.status(), early::toString);
    assertEquals("SETTLEMENT_MONTH_NOT_ENDED", early.code());
    Http.Resp badOutcome =
        admin.get(
            path
                + "/"
                + current.json().getJsonObject("settlement").getString("id")
                + "/orders?outcome=X");
    assertEquals(400, badOutcome.status(), badOutcome::toString);
  }

  @Test
  void noSettlementIsSeenAcrossTenants() {
    String c = contract(g, p);
    String r = PurchaseWorld.assignedResident(g, c);
    delivered(g, p, c, r, "MEAL_AID", LAST.atDay(20));
    Http.Resp drafted = draft(g, c, LAST.toString());
    String id = drafted.json().getJsonObject("settlement").getString("id");
    assertEquals(200, accept(g, id, 1).status());
    providerCopyWhen(id, x -> !x.isNull("accrualVoucherId"));

    // A buyer with no contract with the provider: not a member there, nothing through its own path.
    Fixture.TestOrg g2 = PurchaseWorld.buyer("sh" + Ids.suffix());
    Http other = g2.admin().http();
    Http.Resp theirs = other.get(p.path() + "/settlements/" + id);
    assertEquals(403, theirs.status(), theirs::toString);
    Http.Resp own = other.get(g2.path() + "/settlements/" + id);
    assertEquals(404, own.status(), own::toString);
    assertEquals("SETTLEMENT_NOT_FOUND", own.code());
    Http.Resp budget = other.get(g2.path() + "/settlements/contracts/" + c + "/budget");
    assertEquals(404, budget.status(), budget::toString);
    assertEquals("CONTRACT_NOT_FOUND", budget.code());
    assertEquals(0, other.get(g2.path() + "/settlements").json().getJsonArray("items").size());

    // Another provider of the same buyer: neither the settlement nor its orders.
    Fixture.TestOrg p2 = fx.createOrg("sq" + Ids.suffix());
    contract(g, p2);
    Http rival = p2.admin().http();
    Http.Resp probe = rival.get(p2.path() + "/settlements/" + id);
    assertEquals(404, probe.status(), probe::toString);
    Http.Resp probeOrders = rival.get(p2.path() + "/settlements/" + id + "/orders");
    assertEquals(404, probeOrders.status(), probeOrders::toString);
    Http.Resp invoice =
        rival
            .header("Idempotency-Key", "inv-" + System.nanoTime())
            .header("If-Match", "\"1\"")
            .post(
                p2.path() + "/settlements/" + id + "/invoice",
                "{\"invoiceNo\":\"X1\",\"amount\":\"15.00\"}");
    assertEquals(404, invoice.status(), invoice::toString);
    assertEquals(0, rival.get(p2.path() + "/settlements").json().getJsonArray("items").size());
    assertEquals("ACCEPTED", settlement(p, id).getJsonObject("settlement").getString("status"));
  }

  @Test
  void theBuyersPlainStaffReadNoSettlementWhileItsAuditorsAndTheProvidersStaffDo() {
    String c = contract(g, p);
    String r = PurchaseWorld.assignedResident(g, c);
    delivered(g, p, c, r, "MEAL_AID", LAST.atDay(18));
    Http.Resp drafted = draft(g, c, LAST.toString());
    assertEquals(200, drafted.status(), drafted::toString);
    String id = drafted.json().getJsonObject("settlement").getString("id");

    // The roles: the buyer's org admins and auditors, the provider's org admins and staff.
    Http staff = g.staff().http();
    for (String path :
        List.of(
            "/settlements",
            "/settlements?contract=" + c,
            "/settlements/" + id,
            "/settlements/" + id + "/orders",
            "/settlements/contracts/" + c + "/budget")) {
      Http.Resp refused = staff.get(g.path() + path);
      assertEquals(403, refused.status(), () -> path + ": " + refused);
      assertEquals("SETTLEMENT_BUYER_ROLE", refused.code(), refused::toString);
      assertTrue(
          refused.header("Content-Type").startsWith("application/problem+json"), refused::toString);
    }
    Fixture.Member auditor = g.volunteer(); // a buyer's third member is its auditor
    Http.Resp audited = auditor.http().get(g.path() + "/settlements/" + id);
    assertEquals(200, audited.status(), audited::toString);
    Http.Resp listed = auditor.http().get(g.path() + "/settlements?contract=" + c);
    assertEquals(1, listed.json().getJsonArray("items").size(), listed::toString);
    Http.Resp budget = auditor.http().get(g.path() + "/settlements/contracts/" + c + "/budget");
    assertEquals(200, budget.status(), budget::toString);

    // The provider's staff read their side (an accepted month's copy; here the budget).
    Http.Resp copies = p.staff().http().get(p.path() + "/settlements?contract=" + c);
    assertEquals(200, copies.status(), copies::toString);
    Http.Resp providerBudget =
        p.staff().http().get(p.path() + "/settlements/contracts/" + c + "/budget");
    assertEquals(200, providerBudget.status(), providerBudget::toString);
  }
}
