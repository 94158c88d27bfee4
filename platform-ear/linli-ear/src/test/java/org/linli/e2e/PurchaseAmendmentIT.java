package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;

/**
 * Amendments need the provider's acceptance (issue 20): the buyer proposes a new version, the old
 * one applies until the provider's org admin accepts; a refusal keeps the version as history.
 */
class PurchaseAmendmentIT {
  static final Fixture fx = Fixture.get();

  static Fixture.TestOrg g;
  static Fixture.TestOrg p;
  static Fixture.TestOrg other;

  @BeforeAll
  static void parties() {
    g = PurchaseWorld.buyer("ag" + Ids.suffix());
    p = fx.createOrg("ap" + Ids.suffix());
    other = fx.createOrg("ao" + Ids.suffix());
  }

  static JsonObject amendment(LocalDate from, String total, String extraCode, String extraName) {
    return Json.createObjectBuilder()
        .add("effectiveFrom", from.toString())
        .add("totalAmount", total)
        .add("note", "增加" + extraName)
        .add(
            "items",
            Json.createArrayBuilder()
                .add(PurchaseWorld.item("MEAL_AID", "助餐", "MEAL", "15.00", 1000, 0))
                .add(PurchaseWorld.item("CLEANING", "助洁", "HOUR", "40.00", 500, 60))
                .add(PurchaseWorld.item(extraCode, extraName, "VISIT", "50.00", 200, 30)))
        .build();
  }

  static String contractPath(Fixture.TestOrg side, String id) {
    return side.path() + "/contracts/" + id;
  }

  static JsonObject copy(Fixture.TestOrg side, String id) {
    Http.Resp r = side.admin().http().get(contractPath(side, id));
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static JsonObject version(JsonObject detail, int n) {
    JsonArray versions = detail.getJsonArray("versions");
    return versions.getJsonObject(n - 1);
  }

  static Http.Resp orderOf(String contract, String resident, String item, LocalDate day) {
    return g.staff()
        .http()
        .post(
            g.path() + "/service-orders",
            Json.createObjectBuilder()
                .add("contractId", contract)
                .add("residentId", resident)
                .add("itemCode", item)
                .add("serviceDate", day.toString())
                .build());
  }

  static Http.Resp propose(String id, JsonObject body) {
    return g.admin().http().post(contractPath(g, id) + "/amendments", body);
  }

  @Test
  void theOldVersionAppliesUntilTheProviderAccepts() {
    String id = PurchaseWorld.activeContract(g, p);
    String resident = PurchaseWorld.assignedResident(g, id);
    LocalDate tomorrow = PurchaseWorld.today().plusDays(1);

    Http.Resp proposed = propose(id, amendment(tomorrow, "110000.00", "COMFORT", "精神慰藉"));
    assertEquals(200, proposed.status(), proposed::toString);
    assertEquals(1, proposed.json().getJsonObject("contract").getInt("currentVersion"));
    assertEquals("PROPOSED", version(proposed.json(), 2).getString("state"));
    assertEquals("SIGNED", version(proposed.json(), 1).getString("state"));
    JsonObject providerCopy = copy(p, id);
    assertEquals("PROPOSED", version(providerCopy, 2).getString("state"));
    assertEquals(3, version(providerCopy, 2).getJsonArray("items").size());
    assertEquals(
        "100000.00", providerCopy.getJsonObject("contract").getString("totalAmount"), "not yet");

    // Not in force yet: the new item cannot be ordered, even for a day after its start.
    Http.Resp early = orderOf(id, resident, "COMFORT", tomorrow);
    assertEquals(422, early.status(), early::toString);
    assertEquals("ITEM_NOT_ON_CONTRACT", early.code());
    // One open proposal at a time.
    Http.Resp second = propose(id, amendment(tomorrow.plusDays(1), "120000.00", "BATH", "助浴"));
    assertEquals(409, second.status(), second::toString);
    assertEquals("AMENDMENT_PENDING", second.code());

    // Only the provider's org admin answers.
    String accept = contractPath(p, id) + "/amendments/2/accept";
    Http.Resp byBuyer = g.admin().http().post(contractPath(g, id) + "/amendments/2/accept", null);
    assertEquals(422, byBuyer.status(), byBuyer::toString);
    assertEquals("CONTRACT_PROVIDER_ONLY", byBuyer.code());
    Http.Resp byStaff = p.staff().http().post(accept, null);
    assertEquals(403, byStaff.status(), byStaff::toString);
    Http.Resp byOther =
        other.admin().http().post(contractPath(other, id) + "/amendments/2/accept", null);
    assertEquals(404, byOther.status(), byOther::toString);
    assertEquals("CONTRACT_NOT_FOUND", byOther.code());

    Http.Resp accepted = p.admin().http().post(accept, null);
    assertEquals(200, accepted.status(), accepted::toString);
    assertEquals(2, accepted.json().getJsonObject("contract").getInt("currentVersion"));
    assertEquals("ACCEPTED", version(accepted.json(), 2).getString("state"));
    JsonObject buyerCopy = copy(g, id);
    assertEquals(2, buyerCopy.getJsonObject("contract").getInt("currentVersion"));
    assertEquals("110000.00", buyerCopy.getJsonObject("contract").getString("totalAmount"));
    assertEquals("ACCEPTED", version(buyerCopy, 2).getString("state"));
    assertTrue(version(buyerCopy, 2).containsKey("decidedAt"));

    // In force from its start: tomorrow yes, today still the old catalogue.
    Http.Resp ordered = orderOf(id, resident, "COMFORT", tomorrow);
    assertEquals(201, ordered.status(), ordered::toString);
    Http.Resp today = orderOf(id, resident, "COMFORT", PurchaseWorld.today());
    assertEquals(422, today.status(), today::toString);
    assertEquals("ITEM_NOT_ON_CONTRACT", today.code());

    Http.Resp twice = p.admin().http().post(accept, null);
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("AMENDMENT_NOT_PROPOSED", twice.code());
    assertEquals(
        1,
        Db.count(
            "audit_record WHERE action = 'PURCHASE_AMENDMENT_ACCEPTED' AND entity_id = '"
                + id
                + "'"));
  }

  @Test
  void aRefusedAmendmentStaysAsHistoryAndNeverApplies() {
    String id = PurchaseWorld.activeContract(g, p);
    String resident = PurchaseWorld.assignedResident(g, id);
    LocalDate later = PurchaseWorld.today().plusDays(3);
    assertEquals(200, propose(id, amendment(later, "110000.00", "BATH", "助浴")).status());

    String refuse = contractPath(p, id) + "/amendments/2/refuse";
    Http.Resp noReason = p.admin().http().post(refuse, "{}");
    assertEquals(400, noReason.status(), noReason::toString);
    assertEquals("REASON_REQUIRED", noReason.code());
    Http.Resp nullBody = p.admin().http().post(refuse, "null");
    assertEquals(400, nullBody.status(), nullBody::toString);
    Http.Resp unknownField = p.admin().http().post(refuse, "{\"reason\":\"x\",\"extra\":1}");
    assertEquals(400, unknownField.status(), unknownField::toString);

    Http.Resp refused = p.admin().http().post(refuse, "{\"reason\":\"助浴单价过低\"}");
    assertEquals(200, refused.status(), refused::toString);
    assertEquals(1, refused.json().getJsonObject("contract").getInt("currentVersion"));
    JsonObject buyerCopy = copy(g, id);
    assertEquals("REFUSED", version(buyerCopy, 2).getString("state"));
    assertEquals("助浴单价过低", version(buyerCopy, 2).getString("refusalReason"));
    assertEquals("100000.00", buyerCopy.getJsonObject("contract").getString("totalAmount"));
    Http.Resp bath = orderOf(id, resident, "BATH", later);
    assertEquals(422, bath.status(), bath::toString);
    assertEquals("ITEM_NOT_ON_CONTRACT", bath.code());
    Http.Resp acceptRefused =
        p.admin().http().post(contractPath(p, id) + "/amendments/2/accept", null);
    assertEquals(409, acceptRefused.status(), acceptRefused::toString);

    // The buyer proposes again, on the same start: version 3, the refused one kept.
    Http.Resp again = propose(id, amendment(later, "112000.00", "BATH", "助浴"));
    assertEquals(200, again.status(), again::toString);
    JsonArray versions = again.json().getJsonArray("versions");
    assertEquals(3, versions.size());
    assertEquals("REFUSED", versions.getJsonObject(1).getString("state"));
    assertEquals("PROPOSED", versions.getJsonObject(2).getString("state"));

    // The public copy shows only what applies.
    Http.Resp published =
        g.admin().http().post(contractPath(g, id) + "/publication", "{\"published\":true}");
    assertEquals(200, published.status(), published::toString);
    Http.Resp open =
        Http.anonymous().get("/api/v1/public/purchase-contracts/" + g.code() + "/" + id);
    assertEquals(200, open.status(), open::toString);
    assertEquals(1, open.json().getJsonArray("versions").size(), open::toString);
  }

  @Test
  void badAmendmentsAndLateAcceptancesAreRefused() {
    String id = PurchaseWorld.activeContract(g, p);
    Http.Resp past =
        propose(id, amendment(PurchaseWorld.today().minusDays(1), "110000.00", "COMFORT", "精神慰藉"));
    assertEquals(400, past.status(), past::toString);
    assertEquals("AMENDMENT_DATE_INVALID", past.code());
    assertEquals(0, Db.count("purchase_contract_amendment WHERE contract_id = '" + id + "'"));

    Http admin = p.admin().http();
    Http.Resp notANumber = admin.post(contractPath(p, id) + "/amendments/abc/accept", null);
    assertEquals(404, notANumber.status(), notANumber::toString);
    assertEquals("AMENDMENT_NOT_FOUND", notANumber.code());
    Http.Resp none = admin.post(contractPath(p, id) + "/amendments/2/accept", null);
    assertEquals(404, none.status(), none::toString);
    assertEquals("AMENDMENT_NOT_FOUND", none.code());

    LocalDate tomorrow = PurchaseWorld.today().plusDays(1);
    assertEquals(200, propose(id, amendment(tomorrow, "110000.00", "CHAT", "聊天")).status());
    // Its start passes before the provider answers: too late to accept, still refusable.
    Db.moveVersionStart(id, 2, PurchaseWorld.today().minusDays(1));
    Http.Resp late = admin.post(contractPath(p, id) + "/amendments/2/accept", null);
    assertEquals(409, late.status(), late::toString);
    assertEquals("AMENDMENT_EFFECTIVE_DATE_PASSED", late.code());
    assertEquals(1, copy(g, id).getJsonObject("contract").getInt("currentVersion"));
    Http.Resp refused =
        admin.post(contractPath(p, id) + "/amendments/2/refuse", "{\"reason\":\"已过生效日期\"}");
    assertEquals(200, refused.status(), refused::toString);
  }

  /** The orders of the contract in a side's list, by id. */
  static java.util.Map<String, JsonObject> listed(Fixture.TestOrg side, String contract) {
    Http.Resp r = side.staff().http().get(side.path() + "/service-orders?contract=" + contract);
    assertEquals(200, r.status(), r::toString);
    java.util.Map<String, JsonObject> byId = new java.util.HashMap<>();
    r.json()
        .getJsonArray("items")
        .forEach(v -> byId.put(v.asJsonObject().getString("id"), v.asJsonObject()));
    return byId;
  }

  @Test
  void orderListsShowItemNamesOfTheVersionInForceAndMaskedResidents() {
    String id = PurchaseWorld.activeContract(g, p);
    String resident = PurchaseWorld.assignedResident(g, id); // 王奶奶
    LocalDate tomorrow = PurchaseWorld.today().plusDays(1);
    JsonObject renamed =
        Json.createObjectBuilder()
            .add("effectiveFrom", tomorrow.toString())
            .add("totalAmount", "100000.00")
            .add(
                "items",
                Json.createArrayBuilder()
                    .add(PurchaseWorld.item("MEAL_AID", "助餐", "MEAL", "15.00", 1000, 0))
                    .add(PurchaseWorld.item("CLEANING", "上门助洁", "HOUR", "40.00", 500, 60)))
            .build();
    assertEquals(200, propose(id, renamed).status());
    String today = PurchaseWorld.order(g, id, resident, "CLEANING");
    Http.Resp pending = orderOf(id, resident, "CLEANING", tomorrow);
    assertEquals(201, pending.status(), pending::toString);
    String beforeAcceptance = pending.json().getJsonObject("order").getString("id");
    assertEquals("助洁", pending.json().getJsonObject("order").getString("itemName"), "not in force");
    assertEquals("王**", pending.json().getJsonObject("order").getString("residentName"));

    assertEquals(
        200, p.admin().http().post(contractPath(p, id) + "/amendments/2/accept", null).status());
    for (Fixture.TestOrg side : java.util.List.of(g, p)) {
      java.util.Map<String, JsonObject> orders = listed(side, id);
      assertEquals("助洁", orders.get(today).getString("itemName"), side.code());
      assertEquals("上门助洁", orders.get(beforeAcceptance).getString("itemName"), side.code());
      assertEquals("CLEANING", orders.get(today).getString("itemCode"));
      assertEquals("王**", orders.get(today).getString("residentName"), side.code());
      assertTrue(!orders.get(today).toString().contains("王奶奶"), "never the full name");
    }
    Http.Resp one = p.staff().http().get(p.path() + "/service-orders/" + today);
    assertEquals("王**", one.json().getJsonObject("order").getString("residentName"));
  }
}
