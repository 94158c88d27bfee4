package org.linli.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Government service purchase over HTTP: a government buyer organization, contracts with a
 * provider, residents on the roster and service orders.
 */
public final class PurchaseWorld {
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private PurchaseWorld() {}

  /** A 11 (机关) credit code with a valid check character. */
  public static String governmentCreditCode() {
    StringBuilder code = new StringBuilder("11320106");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      code.append(USCC_CHARS.charAt(random.nextInt(10)));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_CHARS.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
    }
    return code.append(USCC_CHARS.charAt((31 - sum % 31) % 31)).toString();
  }

  /** A fresh government buyer (民政局) with an admin, a staff member and an auditor. */
  public static Fixture.TestOrg buyer(String code) {
    String adminEmail = "admin@" + code + ".test";
    JsonObject body =
        Json.createObjectBuilder(Fixture.orgBody(code, Fixture.person("管理员", adminEmail)))
            .add("type", "GOVERNMENT_BUYER")
            .add("name", "测试民政局 " + code)
            .add("creditCode", governmentCreditCode())
            .build();
    Http.Resp created = Fixture.get().platform().post("/api/v1/platform/orgs", body);
    Keycloak.expect(created, 201);
    Keycloak.setPassword(adminEmail, Fixture.PASSWORD);
    Http admin = Http.as(Keycloak.token(adminEmail, Fixture.PASSWORD));
    String adminId =
        admin
            .get("/api/v1/orgs/" + code + "/members")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("personId");
    Fixture.Member staff = Fixture.invite(admin, code, "staff@" + code + ".test", List.of("staff"));
    Fixture.Member auditor =
        Fixture.invite(admin, code, "aud@" + code + ".test", List.of("auditor"));
    return new Fixture.TestOrg(code, new Fixture.Member(adminEmail, adminId), staff, auditor);
  }

  public static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  public static JsonObject item(
      String code, String name, String unit, String price, int qty, int minMinutes) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", name)
        .add("unit", unit)
        .add("unitPrice", price)
        .add("quantity", qty)
        .add("minMinutes", minMinutes)
        .add("eligibleGroups", Json.createArrayBuilder().add("ELDERLY").add("DIBAO"))
        .build();
  }

  /** A one-year draft body for {@code provider} starting last month, 助餐 and 助洁. */
  public static JsonObject draft(String provider, String number) {
    LocalDate start = today().withDayOfMonth(1).minusMonths(1);
    return Json.createObjectBuilder()
        .add("providerOrg", provider)
        .add("number", number)
        .add("title", "居家养老上门服务")
        .add("budgetLine", "2080299 其他社会福利支出")
        .add("recurring", false)
        .add("termStart", start.toString())
        .add("termEnd", start.plusYears(1).minusDays(1).toString())
        .add("totalAmount", "100000.00")
        .add("performanceTargets", "满意度不低于 90%")
        .add(
            "items",
            Json.createArrayBuilder()
                .add(item("MEAL_AID", "助餐", "MEAL", "15.00", 1000, 0))
                .add(item("CLEANING", "助洁", "HOUR", "40.00", 500, 60)))
        .build();
  }

  /** Drafted and proposed by the buyer, accepted by the provider; returns the id. */
  public static String activeContract(Fixture.TestOrg buyer, Fixture.TestOrg provider) {
    Http b = buyer.admin().http();
    Http.Resp drafted =
        b.post(buyer.path() + "/contracts", draft(provider.code(), "HT-" + Ids.suffix()));
    assertEquals(201, drafted.status(), drafted::toString);
    String id = drafted.json().getJsonObject("contract").getString("id");
    Http.Resp submitted = b.post(buyer.path() + "/contracts/" + id + "/submit", null);
    assertEquals(200, submitted.status(), submitted::toString);
    Http.Resp accepted =
        provider.admin().http().post(provider.path() + "/contracts/" + id + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    return id;
  }

  public static JsonObject residentBody(String name, String idNumber) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("idNumber", idNumber)
        .add("phone", Ids.phone())
        .add("address", "鼓楼区湖南路 1 号")
        .add("latitude", 32.066)
        .add("longitude", 118.783)
        .add("category", "ELDERLY")
        .add("level", "80岁以上")
        .add("eligibleFrom", today().minusYears(1).toString())
        .build();
  }

  /** A resident on the buyer's roster and assigned to the contract; returns the resident id. */
  public static String assignedResident(Fixture.TestOrg buyer, String contract) {
    Http b = buyer.staff().http();
    Http.Resp r =
        b.post(buyer.path() + "/residents", residentBody("王奶奶", Ids.residentIdBornIn(1940)));
    assertEquals(201, r.status(), r::toString);
    String id = r.json().getString("id");
    Http.Resp a =
        b.post(
            buyer.path() + "/contracts/" + contract + "/residents",
            "{\"residentId\":\"" + id + "\"}");
    assertEquals(201, a.status(), a::toString);
    return id;
  }

  /** An order of 助洁 today; returns the created answer (order and one-time code). */
  public static JsonObject order(Fixture.TestOrg buyer, String contract, String resident) {
    Http.Resp o =
        buyer
            .staff()
            .http()
            .post(
                buyer.path() + "/service-orders",
                Json.createObjectBuilder()
                    .add("contractId", contract)
                    .add("residentId", resident)
                    .add("itemCode", "CLEANING")
                    .add("serviceDate", today().toString())
                    .build());
    assertEquals(201, o.status(), o::toString);
    return o.json();
  }

  // ---- Anomaly flags (issue 20, part B)

  /** Like {@link #activeContract} with a draft of the caller's making. */
  public static String activeContract(
      Fixture.TestOrg buyer, Fixture.TestOrg provider, JsonObject draft) {
    Http b = buyer.admin().http();
    Http.Resp drafted = b.post(buyer.path() + "/contracts", draft);
    assertEquals(201, drafted.status(), drafted::toString);
    String id = drafted.json().getJsonObject("contract").getString("id");
    Http.Resp submitted = b.post(buyer.path() + "/contracts/" + id + "/submit", null);
    assertEquals(200, submitted.status(), submitted::toString);
    Http.Resp accepted =
        provider.admin().http().post(provider.path() + "/contracts/" + id + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    return id;
  }

  /** A resident of the caller's making, on the roster and assigned to the contract. */
  public static String assignedResident(Fixture.TestOrg buyer, String contract, JsonObject body) {
    Http b = buyer.staff().http();
    Http.Resp r = b.post(buyer.path() + "/residents", body);
    assertEquals(201, r.status(), r::toString);
    String id = r.json().getString("id");
    Http.Resp a =
        b.post(
            buyer.path() + "/contracts/" + contract + "/residents",
            "{\"residentId\":\"" + id + "\"}");
    assertEquals(201, a.status(), a::toString);
    return id;
  }

  /** An order of {@code item} today; returns its id. */
  public static String order(Fixture.TestOrg buyer, String contract, String resident, String item) {
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
                    .add("serviceDate", today().toString())
                    .build());
    assertEquals(201, o.status(), o::toString);
    return o.json().getJsonObject("order").getString("id");
  }

  /** The provider assigns {@code worker}, who accepts and checks in at the given place. */
  public static void checkedIn(
      Fixture.TestOrg provider, Fixture.Member worker, String order, double lat, double lon) {
    String orders = provider.path() + "/service-orders/" + order;
    Http.Resp assigned =
        provider
            .staff()
            .http()
            .post(orders + "/assign", "{\"workerPersonId\":\"" + worker.personId() + "\"}");
    assertEquals(200, assigned.status(), assigned::toString);
    Http w = worker.http();
    Http.Resp accepted = w.post(orders + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    Http.Resp in = w.post(orders + "/check-in", location(lat, lon));
    assertEquals(200, in.status(), in::toString);
  }

  /** The worker checks out at the given place: the order is completed and its rules run. */
  public static JsonObject checkedOut(
      Fixture.TestOrg provider, Fixture.Member worker, String order, double lat, double lon) {
    Http.Resp out =
        worker
            .http()
            .post(provider.path() + "/service-orders/" + order + "/check-out", location(lat, lon));
    assertEquals(200, out.status(), out::toString);
    return out.json();
  }

  public static String location(double lat, double lon) {
    return "{\"latitude\":" + lat + ",\"longitude\":" + lon + "}";
  }
}
