package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;

/**
 * Anomaly flags of service orders (issue 20, part B), over real HTTP: each rule raised by the
 * check-out of an order built to break it, explained in zh-CN and en, copied to the provider; the
 * buyer accepts or rejects with a reason; an open flag makes the order not settleable.
 */
class PurchaseFlagsIT {
  static final Fixture fx = Fixture.get();
  static final double LAT = 32.066;
  static final double LON = 118.783;

  /** Another image than {@link PurchaseIT#PNG}: the same picture with a byte after its end. */
  static final byte[] PNG_OTHER =
      java.util.Arrays.copyOf(PurchaseIT.PNG, PurchaseIT.PNG.length + 1);

  static Fixture.TestOrg g;
  static Fixture.TestOrg g2;
  static Fixture.TestOrg p;
  static String contract;

  @BeforeAll
  static void buyerAndProvider() {
    g = PurchaseWorld.buyer("fg" + Ids.suffix());
    g2 = PurchaseWorld.buyer("fh" + Ids.suffix());
    p = fx.createOrg("fp" + Ids.suffix());
    JsonObject draft =
        Json.createObjectBuilder(PurchaseWorld.draft(p.code(), "HT-" + Ids.suffix()))
            .add(
                "items",
                Json.createArrayBuilder()
                    .add(PurchaseWorld.item("MEAL_AID", "助餐", "MEAL", "15.00", 1000, 0))
                    .add(PurchaseWorld.item("CLEANING", "助洁", "HOUR", "40.00", 500, 60))
                    .add(PurchaseWorld.item("CHAT", "精神慰藉", "VISIT", "30.00", 2, 0)))
            .build();
    contract = PurchaseWorld.activeContract(g, p, draft);
  }

  static String resident() {
    return PurchaseWorld.assignedResident(g, contract);
  }

  static String residentAt(double lat, double lon) {
    JsonObject body =
        Json.createObjectBuilder(PurchaseWorld.residentBody("张爷爷", Ids.residentIdBornIn(1941)))
            .add("latitude", lat)
            .add("longitude", lon)
            .build();
    return PurchaseWorld.assignedResident(g, contract, body);
  }

  /** Ordered, dispatched to {@code worker}, checked in and out at the given place. */
  static String delivered(String resident, String item, Fixture.Member worker, double lat) {
    String order = PurchaseWorld.order(g, contract, resident, item);
    PurchaseWorld.checkedIn(p, worker, order, lat, LON);
    PurchaseWorld.checkedOut(p, worker, order, lat, LON);
    return order;
  }

  static Fixture.Member newWorker() {
    String email = "w" + Ids.suffix() + "@" + p.code() + ".test";
    return Fixture.invite(p.admin().http(), p.code(), email, List.of("volunteer"));
  }

  static String flagsPath(Fixture.TestOrg side, String order) {
    return side.path() + "/service-orders/" + order + "/flags";
  }

  /** The flags of the order on one side's copy, by rule. */
  static Map<String, JsonObject> flags(Fixture.TestOrg side, String order, String language) {
    Http.Resp r =
        side.admin().http().header("Accept-Language", language).get(flagsPath(side, order));
    assertEquals(200, r.status(), r::toString);
    Map<String, JsonObject> byRule = new HashMap<>();
    JsonArray items = r.json().getJsonArray("items");
    assertTrue(r.json().isNull("nextCursor"), "one order's flags are one page");
    items.forEach(v -> byRule.put(v.asJsonObject().getString("rule"), v.asJsonObject()));
    return byRule;
  }

  static Map<String, JsonObject> buyerFlags(String order) {
    return flags(g, order, "zh-CN");
  }

  static JsonObject orderView(Fixture.TestOrg side, String order) {
    Http.Resp r = side.admin().http().get(side.path() + "/service-orders/" + order);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonObject("order");
  }

  static void assertOpen(Map<String, JsonObject> flags, String rule) {
    assertTrue(flags.containsKey(rule), () -> rule + " raised: " + flags);
    assertEquals("OPEN", flags.get(rule).getString("status"));
    assertFalse(flags.get(rule).getString("explanation").isBlank());
  }

  @Test
  void aCleanVisitRaisesNothingAndIsSettleable() {
    String order = delivered(resident(), "MEAL_AID", p.volunteer(), LAT + 0.001);
    assertEquals(Map.of(), buyerFlags(order));
    assertEquals(Map.of(), flags(p, order, "en"));
    assertTrue(orderView(g, order).getBoolean("settleable"));
    // Not settleable before it is completed.
    String pending = PurchaseWorld.order(g, contract, resident(), "MEAL_AID");
    assertFalse(orderView(g, pending).getBoolean("settleable"));
    Http.Resp early = g.admin().http().post(flagsPath(g, pending) + "/evaluate", null);
    assertEquals(409, early.status(), early::toString);
    assertEquals("ORDER_NOT_COMPLETED", early.code());
  }

  @Test
  void aResidentOutOfTheGroupsValidityIsFlagged() {
    JsonObject body =
        Json.createObjectBuilder(PurchaseWorld.residentBody("赵奶奶", Ids.residentIdBornIn(1939)))
            .add("eligibleTo", PurchaseWorld.today().minusDays(1).toString())
            .build();
    String resident = PurchaseWorld.assignedResident(g, contract, body);
    String order = delivered(resident, "MEAL_AID", p.volunteer(), LAT);
    Map<String, JsonObject> f = buyerFlags(order);
    assertOpen(f, "RESIDENT_NOT_ELIGIBLE");
    assertEquals(1, f.size(), f::toString);
    assertTrue(f.get("RESIDENT_NOT_ELIGIBLE").getString("explanation").contains("高龄"), f::toString);
  }

  @Test
  void aResidentWhoDiedBeforeTheVisitIsFlaggedAndTheBuyerRejectsIt() {
    String resident = resident();
    String order = PurchaseWorld.order(g, contract, resident, "MEAL_AID");
    Http.Resp died =
        g.staff()
            .http()
            .post(
                g.path() + "/residents/" + resident + "/status",
                "{\"status\":\"DECEASED\",\"effectiveOn\":\""
                    + PurchaseWorld.today().minusDays(1)
                    + "\"}");
    assertEquals(200, died.status(), died::toString);
    PurchaseWorld.checkedIn(p, p.volunteer(), order, LAT, LON);
    JsonObject out = PurchaseWorld.checkedOut(p, p.volunteer(), order, LAT, LON);
    assertFalse(out.getJsonObject("order").getBoolean("settleable"));
    Map<String, JsonObject> zh = buyerFlags(order);
    assertOpen(zh, "RESIDENT_GONE");
    assertEquals("居民已故或已迁出", zh.get("RESIDENT_GONE").getString("title"));
    Map<String, JsonObject> en = flags(g, order, "en");
    assertEquals("Resident deceased or moved away", en.get("RESIDENT_GONE").getString("title"));
    assertTrue(en.get("RESIDENT_GONE").getString("explanation").contains("deceased"), en::toString);
    assertTrue(zh.get("RESIDENT_GONE").getString("explanation").contains("已故"), zh::toString);
    // The provider's copy has the flag too.
    assertOpen(flags(p, order, "zh-CN"), "RESIDENT_GONE");
    assertFalse(orderView(g, order).getBoolean("settleable"));

    Http.Resp rejected =
        g.admin()
            .http()
            .post(flagsPath(g, order) + "/RESIDENT_GONE/reject", "{\"reason\":\"居民已故, 不予结算\"}");
    assertEquals(200, rejected.status(), rejected::toString);
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertEquals("居民已故, 不予结算", rejected.json().getString("reason"));
    assertEquals("REJECTED", flags(p, order, "zh-CN").get("RESIDENT_GONE").getString("status"));
    assertTrue(orderView(g, order).getBoolean("settleable"), "no open flag is left");
    assertEquals(
        1,
        Db.count(
            "audit_record WHERE action = 'PURCHASE_FLAG_REJECTED' AND entity_id = '"
                + order
                + "'"));
  }

  @Test
  void aCheckInOutsideTheGeofenceIsFlagged() {
    // 0.004 degrees of latitude is about 445 m, over the 200 m default.
    String order = delivered(resident(), "MEAL_AID", p.volunteer(), LAT + 0.004);
    Map<String, JsonObject> f = buyerFlags(order);
    assertOpen(f, "OUTSIDE_GEOFENCE");
    JsonArray args = f.get("OUTSIDE_GEOFENCE").getJsonArray("args");
    assertEquals("445", args.getString(0));
    assertEquals("200", args.getString(1));
    assertEquals(1, f.size(), f::toString);
  }

  @Test
  void aVisitShorterThanTheItemsMinimumIsFlagged() {
    String order = delivered(resident(), "CLEANING", p.volunteer(), LAT);
    Map<String, JsonObject> f = buyerFlags(order);
    assertOpen(f, "SHORT_VISIT");
    assertEquals("60", f.get("SHORT_VISIT").getJsonArray("args").getString(1));
    assertEquals(1, f.size(), f::toString);
  }

  @Test
  void overlappingVisitsOfOneWorkerAreFlagged() {
    Fixture.Member w = newWorker();
    String a = PurchaseWorld.order(g, contract, resident(), "MEAL_AID");
    String b = PurchaseWorld.order(g, contract, resident(), "MEAL_AID");
    PurchaseWorld.checkedIn(p, w, a, LAT, LON);
    PurchaseWorld.checkedIn(p, w, b, LAT, LON);
    PurchaseWorld.checkedOut(p, w, a, LAT, LON);
    PurchaseWorld.checkedOut(p, w, b, LAT, LON);
    assertEquals(Map.of(), buyerFlags(a), "b was still open when a ended");
    Map<String, JsonObject> f = buyerFlags(b);
    assertOpen(f, "WORKER_OVERLAP");
    assertTrue(f.get("WORKER_OVERLAP").getString("explanation").contains(a));
  }

  @Test
  void theSamePhotoOnTwoOrdersIsFlagged() {
    String a = PurchaseWorld.order(g, contract, resident(), "MEAL_AID");
    String b = PurchaseWorld.order(g, contract, resident(), "MEAL_AID");
    Fixture.Member w = p.volunteer();
    PurchaseWorld.checkedIn(p, w, a, LAT, LON);
    HttpResponse<String> up =
        PurchaseIT.upload(
            w, p.path() + "/service-orders/" + a + "/photos", "image/png", PurchaseIT.PNG);
    assertEquals(200, up.statusCode(), up.body());
    PurchaseWorld.checkedOut(p, w, a, LAT, LON);
    assertEquals(Map.of(), buyerFlags(a));
    PurchaseWorld.checkedIn(p, w, b, LAT, LON);
    up =
        PurchaseIT.upload(
            w, p.path() + "/service-orders/" + b + "/photos", "image/png", PurchaseIT.PNG);
    assertEquals(200, up.statusCode(), up.body());
    PurchaseWorld.checkedOut(p, w, b, LAT, LON);
    Map<String, JsonObject> f = buyerFlags(b);
    assertOpen(f, "DUPLICATE_PHOTO");
    assertEquals(a, f.get("DUPLICATE_PHOTO").getJsonArray("args").getString(0));
    // The buyer re-evaluates the first order: now it is flagged too.
    Http.Resp again = g.staff().http().post(flagsPath(g, a) + "/evaluate", null);
    assertEquals(200, again.status(), again::toString);
    assertOpen(buyerFlags(a), "DUPLICATE_PHOTO");
  }

  @Test
  void aSecondOrderForTheSameResidentItemAndDayIsFlaggedUntilCancelled() {
    String resident = resident();
    String twin = PurchaseWorld.order(g, contract, resident, "MEAL_AID");
    String order = delivered(resident, "MEAL_AID", p.volunteer(), LAT);
    Map<String, JsonObject> f = buyerFlags(order);
    assertOpen(f, "DUPLICATE_ORDER");
    assertEquals(twin, f.get("DUPLICATE_ORDER").getJsonArray("args").getString(0));
    Http.Resp cancelled =
        g.staff().http().post(g.path() + "/service-orders/" + twin + "/cancel", null);
    assertEquals(200, cancelled.status(), cancelled::toString);
    Http.Resp again = g.staff().http().post(flagsPath(g, order) + "/evaluate", null);
    assertEquals(200, again.status(), again::toString);
    assertEquals("CLEARED", buyerFlags(order).get("DUPLICATE_ORDER").getString("status"));
    assertEquals("CLEARED", flags(p, order, "en").get("DUPLICATE_ORDER").getString("status"));
    assertTrue(orderView(g, order).getBoolean("settleable"));
  }

  @Test
  void ordersPastTheContractedQuantityAreFlagged() {
    String first = delivered(resident(), "CHAT", p.volunteer(), LAT);
    delivered(resident(), "CHAT", p.volunteer(), LAT);
    String third = delivered(resident(), "CHAT", p.volunteer(), LAT);
    assertEquals(Map.of(), buyerFlags(first));
    Map<String, JsonObject> f = buyerFlags(third);
    assertOpen(f, "OVER_QUANTITY");
    assertEquals(
        List.of("3", "2"),
        f
            .get("OVER_QUANTITY")
            .getJsonArray("args")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
  }

  @Test
  void aWorkerWhoCouldNotHaveTravelledInTimeIsFlagged() {
    Fixture.Member w = newWorker();
    String near = delivered(resident(), "MEAL_AID", w, LAT);
    // About 11 km north, a moment later.
    String far = residentAt(LAT + 0.1, LON);
    String order = delivered(far, "MEAL_AID", w, LAT + 0.1);
    Map<String, JsonObject> f = buyerFlags(order);
    assertOpen(f, "IMPOSSIBLE_TRAVEL");
    assertEquals(near, f.get("IMPOSSIBLE_TRAVEL").getJsonArray("args").getString(0));
    assertFalse(f.containsKey("OUTSIDE_GEOFENCE"), f::toString);
  }

  @Test
  void onlyTheBuyerDecidesWithAReasonAndNothingIsWrittenOtherwise() {
    String order = delivered(resident(), "CLEANING", p.volunteer(), LAT);
    String accept = flagsPath(g, order) + "/SHORT_VISIT/accept";
    Http buyer = g.admin().http();
    Http.Resp noReason = buyer.post(accept, "{}");
    assertEquals(400, noReason.status(), noReason::toString);
    assertEquals("REASON_REQUIRED", noReason.code());
    Http.Resp blank = buyer.post(accept, "{\"reason\":\"   \"}");
    assertEquals(400, blank.status(), blank::toString);
    assertEquals("REASON_REQUIRED", blank.code());
    Http.Resp nullBody = buyer.post(accept, "null");
    assertEquals(400, nullBody.status(), nullBody::toString);
    Http.Resp unknown = buyer.post(accept, "{\"reason\":\"x\",\"extra\":1}");
    assertEquals(400, unknown.status(), unknown::toString);
    Http.Resp noSuchRule =
        buyer.post(flagsPath(g, order) + "/OUTSIDE_GEOFENCE/accept", "{\"reason\":\"x\"}");
    assertEquals(404, noSuchRule.status(), noSuchRule::toString);
    assertEquals("FLAG_NOT_FOUND", noSuchRule.code());
    Http.Resp provider =
        p.admin().http().post(flagsPath(p, order) + "/SHORT_VISIT/accept", "{\"reason\":\"x\"}");
    assertEquals(403, provider.status(), provider::toString);
    assertEquals("FLAG_BUYER_ONLY", provider.code());
    Http.Resp providerEval = p.admin().http().post(flagsPath(p, order) + "/evaluate", null);
    assertEquals(403, providerEval.status(), providerEval::toString);
    Http.Resp otherBuyer =
        g2.admin().http().post(flagsPath(g2, order) + "/SHORT_VISIT/accept", "{\"reason\":\"x\"}");
    assertEquals(404, otherBuyer.status(), otherBuyer::toString);
    assertEquals("ORDER_NOT_FOUND", otherBuyer.code());
    assertEquals(404, g2.admin().http().get(flagsPath(g2, order)).status());
    assertEquals(
        404, g2.admin().http().get(g2.path() + "/contracts/" + contract + "/flags").status());
    assertEquals("OPEN", buyerFlags(order).get("SHORT_VISIT").getString("status"));
    assertEquals(
        0,
        Db.count(
            "audit_record WHERE action LIKE 'PURCHASE_FLAG_%' AND entity_id = '" + order + "'"));

    // The contract's open flags list it; accepted, it leaves that list.
    String open = g.path() + "/contracts/" + contract + "/flags?status=OPEN&limit=100";
    assertTrue(buyer.get(open).body().contains(order));
    Http.Resp badStatus = buyer.get(g.path() + "/contracts/" + contract + "/flags?status=NOPE");
    assertEquals(400, badStatus.status(), badStatus::toString);
    Http.Resp ok = buyer.post(accept, "{\"reason\":\"老人行动不便, 服务提前结束, 家属确认\"}");
    assertEquals(200, ok.status(), ok::toString);
    assertEquals("ACCEPTED", ok.json().getString("status"));
    assertNotNull(ok.json().getString("resolvedAt"));
    Http.Resp twice = buyer.post(accept, "{\"reason\":\"again\"}");
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("FLAG_NOT_OPEN", twice.code());
    assertFalse(buyer.get(open).body().contains(order));
    assertEquals("ACCEPTED", flags(p, order, "en").get("SHORT_VISIT").getString("status"));
    // A provider's re-run of the rules (a later photo) keeps the buyer's decision.
    HttpResponse<String> later =
        PurchaseIT.upload(
            p.volunteer(),
            p.path() + "/service-orders/" + order + "/photos",
            "image/png",
            PNG_OTHER);
    assertEquals(200, later.statusCode(), later.body());
    assertEquals("ACCEPTED", buyerFlags(order).get("SHORT_VISIT").getString("status"));
    assertEquals(
        1,
        Db.count(
            "audit_record WHERE action = 'PURCHASE_FLAG_ACCEPTED' AND entity_id = '"
                + order
                + "'"));

    // Paged: one at a time with a cursor (a second short visit makes at least two flags).
    String second = delivered(resident(), "CLEANING", p.volunteer(), LAT);
    String flagsOfContract = g.path() + "/contracts/" + contract + "/flags?limit=1";
    Http.Resp page = buyer.get(flagsOfContract);
    assertEquals(200, page.status(), page::toString);
    assertEquals(1, page.json().getJsonArray("items").size());
    assertEquals(second, page.json().getJsonArray("items").getJsonObject(0).getString("orderId"));
    assertFalse(page.json().isNull("nextCursor"), page::toString);
    Http.Resp next =
        buyer.get(
            flagsOfContract
                + "&cursor="
                + java.net.URLEncoder.encode(
                    page.json().getString("nextCursor"), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, next.status(), next::toString);
    assertEquals(1, next.json().getJsonArray("items").size());
    assertFalse(next.body().contains(second), next::toString);
  }
}
