package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PointsWorld;
import org.linli.e2e.support.VolunteerWorld;

/**
 * One Idempotency-Key behaviour on every endpoint that honours it: the same key with another body
 * is 422 IDEMPOTENCY_KEY_REUSED and writes nothing; the same body is the stored first response.
 */
class IdempotencyReuseIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);

  /** A list's items whether the endpoint answers a bare array or a page. */
  static JsonArray items(Http.Resp resp) {
    assertEquals(200, resp.status(), resp::toString);
    JsonStructure json = Json.createReader(new StringReader(resp.body())).read();
    return json instanceof JsonArray array ? array : ((JsonObject) json).getJsonArray("items");
  }

  /**
   * Posts {@code first}, then {@code other} and {@code first} again under one key: the other body
   * is refused and leaves {@code state} as it was, the repeat is the replayed first response.
   */
  static void assertOneBehaviour(
      Http caller, String path, JsonObject first, JsonObject other, Supplier<Object> state) {
    Http keyed = caller.header("Idempotency-Key", "reuse-" + Ids.suffix());
    Http.Resp done = keyed.post(path, first);
    assertTrue(done.status() == 200 || done.status() == 201, done::toString);
    Object after = state.get();

    Http.Resp reused = keyed.post(path, other);
    assertEquals(422, reused.status(), reused::toString);
    assertEquals("IDEMPOTENCY_KEY_REUSED", reused.code());
    assertEquals(after, state.get(), "the other body wrote nothing");

    Http.Resp replayed = keyed.post(path, first);
    assertEquals(done.status(), replayed.status(), replayed::toString);
    assertEquals("true", replayed.header("Idempotent-Replayed"));
    assertEquals(done.json(), replayed.json());
    assertEquals(after, state.get(), "the replay wrote nothing");
  }

  static Supplier<Object> listSize(Http caller, String list) {
    return () -> items(caller.get(list)).size();
  }

  @Test
  void trainings() {
    String path = TrainingAwardIT.trainings(fx.a, a.activeVolunteer());
    assertOneBehaviour(
        fx.a.staff().http(),
        path,
        TrainingAwardIT.training("应急救护培训").build(),
        TrainingAwardIT.training("消防培训").build(),
        listSize(fx.a.staff().http(), path));
  }

  @Test
  void awards() {
    String path = TrainingAwardIT.awards(fx.a, a.activeVolunteer());
    assertOneBehaviour(
        fx.a.staff().http(),
        path,
        TrainingAwardIT.award("优秀志愿者").build(),
        TrainingAwardIT.award("五星志愿者").build(),
        listSize(fx.a.staff().http(), path));
  }

  @Test
  void ledgerAccounts() {
    String path = LedgerIT.ledger() + "/accounts";
    assertOneBehaviour(
        LedgerIT.admin(),
        path,
        Json.createObjectBuilder()
            .add("unit", "CNY")
            .add("kind", "ASSET")
            .add("noNegative", false)
            .build(),
        Json.createObjectBuilder()
            .add("unit", "HOUR")
            .add("kind", "ASSET")
            .add("noNegative", false)
            .build(),
        () -> Db.count("ledger_account"));
  }

  @Test
  void pointsAdjustments() {
    PointsWorld pts = new PointsWorld(fx.a);
    String volunteer = a.activeVolunteer();
    assertOneBehaviour(
        pts.admin,
        fx.a.path() + "/volunteers/" + volunteer + "/points-adjustments",
        Json.createObjectBuilder().add("points", 10).add("reason", "测试奖励").build(),
        Json.createObjectBuilder().add("points", 20).add("reason", "测试奖励").build(),
        () -> pts.balance(volunteer));
  }

  @Test
  void restock() {
    PointsWorld pts = new PointsWorld(fx.a);
    String item = pts.item(10, 5, 1);
    assertOneBehaviour(
        pts.staff,
        pts.points() + "/items/" + item + "/restock",
        Json.createObjectBuilder().add("quantity", 4).build(),
        Json.createObjectBuilder().add("quantity", 7).build(),
        () -> pts.stock(item));
  }

  @Test
  void donations() {
    TimeBankPoolIT.Org o = new TimeBankPoolIT.Org(fx.a, a);
    String[] v = a.activeVolunteerWithLogin();
    o.approved(v[0], null, 2, 120);
    assertOneBehaviour(
        Http.as(v[1]),
        fx.a.path() + "/time-bank/donations",
        Json.createObjectBuilder().add("hours", "0.50").add("from", "CREDIT").build(),
        Json.createObjectBuilder().add("hours", "0.75").add("from", "CREDIT").build(),
        () -> o.account(v[0]).getString("balanceHours"));
  }

  @Test
  void certificates() {
    String volunteer = CertificateIT.volunteerWithHours(a);
    LocalDate today = PointsWorld.today();
    assertOneBehaviour(
        fx.a.staff().http(),
        CertificateIT.certificates(fx.a, volunteer),
        certificate(today.minusDays(30), today),
        certificate(today.minusDays(20), today),
        () -> Db.count("certificate"));
  }

  private static JsonObject certificate(LocalDate from, LocalDate to) {
    return Json.createObjectBuilder()
        .add("from", from.toString())
        .add("to", to.toString())
        .add("purpose", "升学材料")
        .build();
  }

  private static JsonObject item(String name) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("donor", "鼓楼惠民超市")
        .add("stock", 5)
        .add("pricePoints", 10)
        .add("perPersonLimit", 2)
        .build();
  }

  @Test
  void pointsItems() {
    PointsWorld pts = new PointsWorld(fx.a);
    assertOneBehaviour(
        pts.staff,
        pts.points() + "/items",
        item("爱心米 5kg"),
        item("食用油 5L"),
        () -> Db.count("points_item"));
  }

  @Test
  void redemptions() {
    PointsWorld pts = new PointsWorld(fx.a);
    String[] v = a.activeVolunteerWithLogin();
    pts.adjust(v[0], 100);
    String item = pts.item(10, 5, 3);
    assertOneBehaviour(
        Http.as(v[1]),
        pts.points() + "/redemptions",
        Json.createObjectBuilder().add("itemId", item).add("quantity", 1).build(),
        Json.createObjectBuilder().add("itemId", item).add("quantity", 2).build(),
        () -> pts.balance(v[0]) + "/" + pts.stock(item));
  }

  @Test
  void familyTransfers() {
    String volunteer = ServiceRequestIT.volunteerWithHours(a, 1985, 180);
    String parent = FamilyTransferIT.beneficiary(fx.a, volunteer, "PARENT", 1950);
    assertOneBehaviour(
        fx.a.staff().http(),
        fx.a.path() + "/time-bank/family-transfers",
        transfer(volunteer, parent, "0.50"),
        transfer(volunteer, parent, "0.75"),
        () -> FamilyTransferIT.volunteerHours(fx.a, volunteer));
  }

  private static JsonObject transfer(String volunteer, String beneficiary, String hours) {
    return Json.createObjectBuilder()
        .add("volunteerId", volunteer)
        .add("beneficiaryId", beneficiary)
        .add("hours", hours)
        .build();
  }

  @Test
  void serviceRequests() {
    String requester = ServiceRequestIT.volunteerWithHours(a, 1950, 180);
    assertOneBehaviour(
        fx.a.staff().http(),
        ServiceRequestIT.path(fx.a),
        ServiceRequestIT.requestBody("volunteerId", requester, "1"),
        ServiceRequestIT.requestBody("volunteerId", requester, "2"),
        () -> Db.count("time_service_request"));
  }
}
