package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;

/** Points helpers for one organization: items, adjustments, balances, redemptions. */
public final class PointsWorld {
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public final Fixture.TestOrg org;
  public final Http admin;
  public final Http staff;

  public PointsWorld(Fixture.TestOrg org) {
    this.org = org;
    this.admin = org.admin().http();
    this.staff = org.staff().http();
  }

  public static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  public String points() {
    return org.path() + "/points";
  }

  /** Credits points through the org admin's adjustment (an award). */
  public void adjust(String volunteerId, long points) {
    Http.Resp r =
        admin.post(
            org.path() + "/volunteers/" + volunteerId + "/points-adjustments",
            Json.createObjectBuilder().add("points", points).add("reason", "测试奖励").build());
    Keycloak.expect(r, 201);
  }

  public JsonObject account(String volunteerId) {
    Http.Resp r = staff.get(org.path() + "/volunteers/" + volunteerId + "/points-account");
    Keycloak.expect(r, 200);
    return r.json();
  }

  public long balance(String volunteerId) {
    return account(volunteerId).getJsonNumber("balance").longValue();
  }

  public String item(long price, int stock, int perPersonLimit) {
    Http.Resp r =
        staff.post(
            points() + "/items",
            Json.createObjectBuilder()
                .add("name", "爱心米 5kg")
                .add("description", "社区超市捐赠")
                .add("donor", "鼓楼惠民超市")
                .add("stock", stock)
                .add("pricePoints", price)
                .add("perPersonLimit", perPersonLimit)
                .build());
    Keycloak.expect(r, 201);
    return r.json().getString("id");
  }

  public int stock(String itemId) {
    Http.Resp r = staff.get(points() + "/items/" + itemId);
    Keycloak.expect(r, 200);
    return r.json().getInt("stock");
  }

  public Http.Resp redeem(Http volunteer, String itemId, int quantity) {
    return volunteer.post(
        points() + "/redemptions",
        Json.createObjectBuilder().add("itemId", itemId).add("quantity", quantity).build());
  }

  public void invariantsHold() {
    Http.Resp check = admin.get(org.path() + "/ledger/invariants");
    Keycloak.expect(check, 200);
    if (!check.json().getBoolean("ok")) {
      throw new AssertionError("ledger invariants broken: " + check);
    }
  }

  /** The items of a page ({@code {"items": [...], "nextCursor": ...}}). */
  public static JsonArray items(Http.Resp r) {
    return r.json().getJsonArray("items");
  }

  public static JsonArray array(Http.Resp r) {
    return Json.createReader(new StringReader(r.body())).readArray();
  }
}
