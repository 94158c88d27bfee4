package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.PointsWorld;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Every list has one shape, {@code {"items": [...], "nextCursor": ...}}, pages without gaps or
 * repeats, and refuses a bad cursor or limit with a 400 problem. The lists are found in the OpenAPI
 * document, so a list added later is checked without touching this test.
 */
class ListShapeIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld world = new VolunteerWorld(fx.a);
  static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  static Http admin;
  static Http staff;
  static Http member;
  static Http platform;
  static JsonObject openapi;
  static String[] volunteers;
  static String activity;
  static String[] shifts;
  static String account;
  static String fund;

  /** A contract of a government buyer with the test organization as provider (issue 20). */
  static String contract;

  static String order;

  /** An accepted settlement of that contract, on the provider's (the test organization's) copy. */
  static String settlement;

  static String file;

  @BeforeAll
  static void aFewOfEverything() {
    Http.Resp doc =
        Http.anonymous().header("Accept", "application/json").get("/openapi?format=JSON");
    assertEquals(200, doc.status(), doc::toString);
    openapi = doc.json();
    admin = fx.a.admin().http();
    staff = fx.a.staff().http();
    member = fx.a.volunteer().http();
    platform = fx.platform();
    Fixture.TestOrg buyer =
        org.linli.e2e.support.PurchaseWorld.buyer("lsg" + org.linli.e2e.support.Ids.suffix());
    contract = org.linli.e2e.support.PurchaseWorld.activeContract(buyer, fx.a);
    // An order of the contract: the provider's copy has the same id.
    order =
        org.linli.e2e.support.PurchaseWorld.order(
            buyer,
            contract,
            org.linli.e2e.support.PurchaseWorld.assignedResident(buyer, contract),
            "MEAL_AID");

    volunteers =
        new String[] {world.activeVolunteer(), world.activeVolunteer(), world.activeVolunteer()};
    activity = world.publishedActivity();
    shifts = new String[3];
    for (int i = 0; i < 3; i++) {
      shifts[i] = world.shift(activity, 5, 20 + i, 2, List.of());
    }
    for (String v : volunteers) {
      assertEquals(201, world.signUp(shifts[0], v).status());
    }
    PointsWorld points = new PointsWorld(fx.a);
    for (int i = 0; i < volunteers.length; i++) {
      points.adjust(volunteers[i], 10 + i % 2);
    }
    Http.Resp accounts = admin.get(fx.a.path() + "/ledger/accounts?limit=1");
    assertEquals(200, accounts.status(), accounts::toString);
    account = accounts.json().getJsonArray("items").getJsonObject(0).getString("id");
    fund = org.linli.e2e.support.AccountingWorld.fund(fx.a, "列表基金 " + System.nanoTime());
    settlement = acceptedSettlement(buyer);
    // A roster from the province gateway with one refused row: a received file and its report.
    Http.Resp pushed =
        org.linli.e2e.support.Gateway.push(
            fx.a.code(),
            "{\"type\":\"ROSTER\",\"period\":\"2026-10\",\"rows\":[{\"idNumber\":\"123\","
                + "\"name\":\"列表\",\"category\":\"高龄\",\"level\":\"\","
                + "\"effectiveFrom\":\"2026-01-01\",\"address\":\"鼓楼区中山路 1 号\"}]}");
    assertEquals(201, pushed.status(), pushed::toString);
    file = pushed.json().getString("fileId");
  }

  /** Last month's settlement of {@link #contract} with one delivered order, accepted (issue 20). */
  static String acceptedSettlement(Fixture.TestOrg buyer) {
    java.time.YearMonth last =
        java.time.YearMonth.now(org.linli.e2e.support.PurchaseWorld.CHINA).minusMonths(1);
    Http.Resp o =
        buyer
            .staff()
            .http()
            .post(
                buyer.path() + "/service-orders",
                jakarta.json.Json.createObjectBuilder()
                    .add("contractId", contract)
                    .add(
                        "residentId",
                        org.linli.e2e.support.PurchaseWorld.assignedResident(buyer, contract))
                    .add("itemCode", "MEAL_AID")
                    .add("serviceDate", last.atDay(1).toString())
                    .build());
    assertEquals(201, o.status(), o::toString);
    String id = o.json().getJsonObject("order").getString("id");
    org.linli.e2e.support.PurchaseWorld.checkedIn(fx.a, fx.a.volunteer(), id, 32.066, 118.783);
    org.linli.e2e.support.PurchaseWorld.checkedOut(fx.a, fx.a.volunteer(), id, 32.066, 118.783);
    Http.Resp drafted =
        buyer
            .admin()
            .http()
            .post(
                buyer.path() + "/settlements",
                "{\"contractId\":\"" + contract + "\",\"month\":\"" + last + "\"}");
    assertEquals(200, drafted.status(), drafted::toString);
    String sid = drafted.json().getJsonObject("settlement").getString("id");
    Http.Resp accepted =
        buyer
            .admin()
            .http()
            .header("Idempotency-Key", "ls-" + System.nanoTime())
            .header("If-Match", "\"1\"")
            .post(buyer.path() + "/settlements/" + sid + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    return sid;
  }

  @Test
  void noOperationAnswersABareArray() {
    List<String> bare = new ArrayList<>();
    operations()
        .forEach(
            (path, op) -> {
              JsonObject schema = successSchema(op);
              if (schema != null && "array".equals(schema.getString("type", null))) {
                bare.add("GET " + path);
              }
            });
    assertTrue(bare.isEmpty(), () -> "lists answering a bare array: " + bare);
  }

  @Test
  void everyPagedOperationTakesLimitAndCursor() {
    Map<String, JsonObject> lists = listOperations();
    assertTrue(lists.size() >= 28, () -> "lists found in the document: " + lists.keySet());
    lists.forEach(
        (path, op) -> {
          assertTrue(hasQueryParameter(op, "limit"), () -> path + " has no limit parameter");
          assertTrue(hasQueryParameter(op, "cursor"), () -> path + " has no cursor parameter");
        });
  }

  @Test
  void everyListRefusesABadCursorOrLimit() {
    String foreign =
        staff.get(fx.a.path() + "/volunteers?limit=1").json().getString("nextCursor", null);
    assertNotNull(foreign, "the organization has more than one volunteer");
    listOperations()
        .forEach(
            (template, op) -> {
              String path = concrete(template);
              Http caller = callerFor(path);
              assertProblem(caller.get(path + "?cursor=AA"), "INVALID_CURSOR", path);
              assertProblem(caller.get(path + "?cursor=%25%25%25"), "INVALID_CURSOR", path);
              if (!template.endsWith("/volunteers")) {
                assertProblem(caller.get(path + "?cursor=" + foreign), "INVALID_CURSOR", path);
              }
              for (String limit : List.of("0", "101", "x", "2.5")) {
                assertProblem(caller.get(path + "?limit=" + limit), "INVALID_LIMIT", path);
              }
            });
  }

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeats() {
    assertEquals(
        List.of(shifts[0], shifts[1], shifts[2]),
        walk(staff, fx.a.path() + "/activities/" + activity + "/shifts", 1, "id"),
        "in start order");
    assertEquals(3, walk(staff, fx.a.path() + "/shifts/" + shifts[0] + "/signups", 2, "id").size());
    assertEquals(
        walk(staff, fx.a.path() + "/volunteers", 100, "id"),
        walk(staff, fx.a.path() + "/volunteers", 2, "id"));
    String leaderboard = fx.a.path() + "/points/leaderboard";
    List<String> ranked = walk(member, leaderboard, 1, "volunteerNo");
    assertTrue(ranked.size() >= 3, ranked::toString);
    assertEquals(walk(member, leaderboard, 100, "volunteerNo"), ranked);
    List<Integer> ranks = new ArrayList<>();
    for (String cursor = null; ; ) {
      JsonObject page = member.get(leaderboard + "?limit=1" + next(cursor)).json();
      page.getJsonArray("items").forEach(e -> ranks.add(e.asJsonObject().getInt("rank")));
      cursor = page.getString("nextCursor", null);
      if (cursor == null) {
        break;
      }
    }
    for (int i = 1; i < ranks.size(); i++) {
      assertTrue(ranks.get(i) >= ranks.get(i - 1), () -> "ranks go down the pages: " + ranks);
    }
  }

  @Test
  void serviceRecordsFilterByVolunteerDateAndStatus() {
    String volunteer = world.activeVolunteer();
    List<String> entered = new ArrayList<>();
    for (int daysAgo : new int[] {30, 20, 10}) {
      Http.Resp r = world.enterRecord(volunteer, VolunteerWorld.facts(daysAgo, 1, 60));
      assertEquals(201, r.status(), r::toString);
      entered.add(r.json().getString("id"));
    }
    String records = fx.a.path() + "/service-records?volunteerId=" + volunteer;
    assertEquals(Set.copyOf(entered), Set.copyOf(walk(staff, records, 1, "id")));
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    assertEquals(
        List.of(entered.get(1)),
        walk(
            staff,
            records + "&from=" + today.minusDays(25) + "&to=" + today.minusDays(15),
            1,
            "id"));
    assertEquals(
        List.of(entered.get(2)), walk(staff, records + "&from=" + today.minusDays(12), 1, "id"));
    assertEquals(List.of(), walk(staff, records + "&status=APPROVED", 5, "id"));
    assertEquals(
        Set.copyOf(entered), Set.copyOf(walk(staff, records + "&status=PENDING", 2, "id")));
    assertEquals(
        List.of(),
        walk(staff, fx.a.path() + "/service-records?activityId=" + activity, 5, "id"),
        "entered by hand, for no activity");

    assertFieldError(staff.get(records + "&status=LOST"), "status");
    assertFieldError(staff.get(records + "&from=2026-13-01"), "from");
    assertFieldError(staff.get(records + "&from=2026-05-02&to=2026-05-01"), "to");
  }

  @Test
  void activitiesFilterByStatusAndPeriod() {
    String list = fx.a.path() + "/activities";
    LocalDate inTwentyDays = LocalDate.now(PointsWorld.CHINA).plusDays(20);
    assertTrue(walk(staff, list + "?status=PUBLISHED", 100, "id").contains(activity));
    assertFalse(walk(staff, list + "?status=DRAFT", 100, "id").contains(activity));
    assertTrue(
        walk(staff, list + "?from=" + inTwentyDays.minusDays(1) + "&to=" + inTwentyDays, 100, "id")
            .contains(activity));
    assertFalse(
        walk(staff, list + "?from=" + inTwentyDays.plusDays(10), 100, "id").contains(activity),
        "no shift that late");
    assertFalse(
        walk(staff, list + "?to=" + LocalDate.now(PointsWorld.CHINA), 100, "id").contains(activity),
        "no shift that early");
    assertFieldError(staff.get(list + "?status=OPEN"), "status");
    assertFieldError(staff.get(list + "?to=tomorrow"), "to");
  }

  @Test
  void signupsAndCorrectionRequestsFilterByStatus() {
    String shift = world.shift(world.publishedActivity(), 1, 30, 3, List.of());
    String first = world.signUp(shift, volunteers[0]).json().getString("id");
    String second = world.signUp(shift, volunteers[1]).json().getString("id");
    String signups = fx.a.path() + "/shifts/" + shift + "/signups";
    assertEquals(List.of(first), walk(staff, signups + "?status=CONFIRMED", 1, "id"));
    assertEquals(List.of(second), walk(staff, signups + "?status=WAITLISTED", 1, "id"));
    assertEquals(List.of(first, second), walk(staff, signups, 1, "id"), "in arrival order");
    assertFieldError(staff.get(signups + "?status=MAYBE"), "status");

    String requests = fx.a.path() + "/correction-requests";
    assertEquals(200, staff.get(requests + "?status=DECLINED").status());
    assertFieldError(staff.get(requests + "?status=CLOSED"), "status");
    assertFieldError(
        fx.a
            .admin()
            .http()
            .get(fx.a.path() + "/ledger/accounts/" + account + "/statement?from=2026-02-30"),
        "from");
  }

  /** Follows nextCursor until null, checking every page's shape; the values of {@code field}. */
  static List<String> walk(Http http, String path, int limit, String field) {
    List<String> seen = new ArrayList<>();
    Set<String> unique = new LinkedHashSet<>();
    String cursor = null;
    for (int pages = 0; pages < 500; pages++) {
      String sep = path.contains("?") ? "&" : "?";
      Http.Resp r = http.get(path + sep + "limit=" + limit + next(cursor));
      assertEquals(200, r.status(), () -> path + ": " + r);
      JsonObject page = r.json();
      assertTrue(page.containsKey("nextCursor"), () -> path + " page without nextCursor: " + r);
      var items = page.getJsonArray("items");
      assertTrue(items.size() <= limit, () -> path + ": more than limit");
      for (JsonValue item : items) {
        String value = item.asJsonObject().getString(field);
        seen.add(value);
        assertTrue(unique.add(value), () -> path + " repeats " + value + " across pages");
      }
      if (page.isNull("nextCursor")) {
        return seen;
      }
      assertEquals(limit, items.size(), () -> path + ": a short page before the last");
      cursor = page.getString("nextCursor");
    }
    return fail(path + ": no last page after 500 pages");
  }

  static String next(String cursor) {
    return cursor == null ? "" : "&cursor=" + cursor;
  }

  static void assertProblem(Http.Resp resp, String code, String path) {
    assertEquals(400, resp.status(), () -> path + ": " + resp);
    assertTrue(
        resp.header("Content-Type").startsWith("application/problem+json"),
        () -> path + ": " + resp);
    assertEquals(code, resp.code(), () -> path + ": " + resp);
  }

  static void assertFieldError(Http.Resp resp, String field) {
    assertEquals(400, resp.status(), resp::toString);
    assertTrue(resp.header("Content-Type").startsWith("application/problem+json"), resp::toString);
    assertEquals(
        field,
        resp.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        resp::toString);
  }

  /** Platform lists as the platform admin, own lists as a volunteer, the rest as org staff. */
  static Http callerFor(String path) {
    List<Http> candidates =
        path.startsWith("/api/v1/platform/")
            ? List.of(platform)
            : path.startsWith("/api/v1/me/") ? List.of(member) : List.of(admin, staff, member);
    for (Http candidate : candidates) {
      Http.Resp r = candidate.get(path + "?limit=1");
      if (r.status() == 200) {
        assertTrue(r.json().containsKey("nextCursor") || r.json().size() > 0, r::toString);
        return candidate;
      }
    }
    return fail(path + ": nobody of the test organization may read this list");
  }

  /** The template with real ids of the test organization for its path parameters. */
  static String concrete(String template) {
    Matcher m = PATH_PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "org" -> fx.a.code();
            case "activityId" -> activity;
            case "shiftId" -> shifts[0];
            case "volunteerId" -> volunteers[0];
            case "accountId" -> account;
            case "fundId" -> fund;
            case "accountCode" -> "1002";
            case "contractId" -> contract;
            case "orderId" -> order;
            case "flow" -> "MZT061_SERVICE_RECORD";
            case "settlementId" -> settlement;
            case "fileId" -> file;
            default -> fail(template + ": no test id for {" + m.group(1) + "}; add one here");
          };
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    return path.toString();
  }

  /** Every GET operation of the document by path. */
  static Map<String, JsonObject> operations() {
    Map<String, JsonObject> gets = new TreeMap<>();
    openapi
        .getJsonObject("paths")
        .forEach(
            (path, item) -> {
              JsonObject get = item.asJsonObject().getJsonObject("get");
              if (get != null) {
                gets.put(path, get);
              }
            });
    return gets;
  }

  /** GET operations answering a page, or taking a cursor (a page inside a larger answer). */
  static Map<String, JsonObject> listOperations() {
    Map<String, JsonObject> lists = new TreeMap<>();
    operations()
        .forEach(
            (path, op) -> {
              JsonObject schema = successSchema(op);
              JsonObject properties = schema == null ? null : schema.getJsonObject("properties");
              boolean page =
                  properties != null
                      && properties.containsKey("items")
                      && properties.containsKey("nextCursor");
              if (page || hasQueryParameter(op, "cursor")) {
                lists.put(path, op);
              }
            });
    return lists;
  }

  static boolean hasQueryParameter(JsonObject op, String name) {
    if (!op.containsKey("parameters")) {
      return false;
    }
    return op.getJsonArray("parameters").stream()
        .map(p -> resolve(p.asJsonObject()))
        .anyMatch(p -> name.equals(p.getString("name", "")) && "query".equals(p.getString("in")));
  }

  /** The JSON schema of the 200 answer with its $ref resolved, or null if it has none. */
  static JsonObject successSchema(JsonObject op) {
    JsonObject ok = op.getJsonObject("responses").getJsonObject("200");
    if (ok == null || !ok.containsKey("content")) {
      return null;
    }
    JsonObject json = ok.getJsonObject("content").getJsonObject("application/json");
    return json == null || !json.containsKey("schema")
        ? null
        : resolve(json.getJsonObject("schema"));
  }

  static JsonObject resolve(JsonObject node) {
    JsonObject resolved = node;
    for (int depth = 0; resolved.containsKey("$ref") && depth < 10; depth++) {
      String ref = resolved.getString("$ref");
      assertTrue(ref.startsWith("#/"), ref);
      JsonValue target = openapi;
      for (String part : ref.substring(2).split("/")) {
        target = target.asJsonObject().get(part);
        assertNotNull(target, () -> "unresolvable " + ref);
      }
      resolved = target.asJsonObject();
    }
    if (resolved.containsKey("allOf") && resolved.getJsonArray("allOf").size() == 1) {
      return resolve(resolved.getJsonArray("allOf").getJsonObject(0));
    }
    return resolved;
  }
}
