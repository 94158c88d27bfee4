package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.PointsWorld;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Points over real HTTP in an organization of their own: earning from checked-in service (weights,
 * activity bonus, nothing for staff-entered hours, corrections), the shop (limits, cancel, pickup),
 * the leaderboard and the cross-organization view. Earning needs records from a real check-in, so
 * the setup checks volunteers in to a shift that ends about a minute later and waits for its end.
 */
class PointsIT {
  static final Fixture fx = Fixture.get();
  static final double LAT = 32.0603;
  static final double LON = 118.7969;
  static Fixture.TestOrg p;
  static VolunteerWorld world;
  static PointsWorld pts;
  static String activity;

  /** Checked-in volunteers: [volunteerId, token, recordId]. */
  static String[] weighted;

  static String[] corrected;
  static int minutes;

  @BeforeAll
  static void anOrganizationWithRulesAndCheckedInService() {
    p = fx.createOrg("tp-" + Ids.suffix());
    world = new VolunteerWorld(p);
    pts = new PointsWorld(p);
    JsonObject rules =
        Json.createObjectBuilder()
            .add("effectiveFrom", PointsWorld.today().toString())
            .add("pointsPerHour", 600)
            .add("categoryWeights", Json.createObjectBuilder().add("elderly-care", 1.5))
            .add("expiry", Json.createObjectBuilder().add("policy", "END_OF_NEXT_YEAR"))
            .build();
    Http.Resp published = pts.admin.post(pts.points() + "/rules", rules);
    assertEquals(201, published.status(), published::toString);
    activity = world.publishedActivity(); // service category elderly-care
    Http.Resp bonus =
        pts.admin.put(pts.points() + "/activity-bonuses/" + activity, "{\"bonusPoints\":7}");
    assertEquals(200, bonus.status(), bonus::toString);

    String[] a = world.activeVolunteerWithLogin();
    String[] b = world.activeVolunteerWithLogin();
    // A shift that started earlier and ends in ~80 s: check in now, the record runs to its end.
    OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(80).withNano(0);
    String shift = world.shiftAt(activity, end.minusMinutes(30), 30, 5);
    for (String[] v : List.of(a, b)) {
      Keycloak.expect(world.signUp(shift, v[0]), 201);
      String code =
          pts.staff
              .get(p.path() + "/shifts/" + shift + "/attendance/code")
              .json()
              .getString("code");
      Http.Resp in =
          Http.as(v[1])
              .post(
                  p.path() + "/shifts/" + shift + "/attendance/check-in",
                  Json.createObjectBuilder()
                      .add("code", code)
                      .add("latitude", LAT)
                      .add("longitude", LON)
                      .build());
      assertEquals(200, in.status(), in::toString);
    }
    JsonArray flagged = closeMissingWhenEnded(shift);
    assertEquals(2, flagged.size(), flagged::toString);
    String[] records = new String[2];
    for (int i = 0; i < 2; i++) {
      JsonObject att = flagged.getJsonObject(i);
      records[att.getString("volunteerId").equals(a[0]) ? 0 : 1] = att.getString("recordId");
    }
    weighted = new String[] {a[0], a[1], records[0]};
    corrected = new String[] {b[0], b[1], records[1]};
    JsonObject record = pts.staff.get(p.path() + "/service-records/" + records[0]).json();
    assertEquals("CHECK_IN", record.getString("source"));
    minutes = (int) Math.round(Double.parseDouble(record.getString("hours")) * 60);
    assertTrue(minutes >= 1, record::toString);
  }

  /** Polls close-missing (422 SHIFT_NOT_ENDED until the end), with a deadline, no sleeps. */
  static JsonArray closeMissingWhenEnded(String shift) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      Http.Resp r =
          pts.staff.post(p.path() + "/shifts/" + shift + "/attendance/close-missing", null);
      if (r.status() == 200) {
        return PointsWorld.array(r);
      }
      assertEquals("SHIFT_NOT_ENDED", r.code(), r::toString);
    }
    throw new AssertionError("the shift did not end in time");
  }

  static void approve(String recordId) {
    Http.Resp r = world.review("APPROVE", null, recordId);
    assertEquals(200, r.status(), r::toString);
  }

  /** 600 points an hour x 1.5 (elderly-care), rounded down, plus the activity's bonus of 7. */
  static long earnedFor(int minutes) {
    return minutes * 600L * 3 / 2 / 60 + 7;
  }

  @Test
  void checkedInServiceEarnsWeightedPointsPlusTheBonusOnce() {
    approve(weighted[2]);
    assertEquals(earnedFor(minutes), pts.balance(weighted[0]));
    JsonObject lot = pts.account(weighted[0]).getJsonArray("lots").getJsonObject(0);
    assertEquals("EARNING", lot.getString("source"));
    assertEquals(weighted[2], lot.getString("recordId"));
    assertEquals(
        PointsWorld.today().plusYears(1).withMonth(12).withDayOfMonth(31).toString(),
        lot.getString("expiresOn"));
    Http.Resp again = world.review("APPROVE", null, weighted[2]);
    assertEquals(409, again.status(), again::toString);
    assertEquals(earnedFor(minutes), pts.balance(weighted[0]), "earned once");
    pts.invariantsHold();
  }

  @Test
  void hoursEnteredByStaffWithoutCheckInEarnNoPoints() {
    String v = world.activeVolunteer();
    Http.Resp entered = world.enterRecord(v, VolunteerWorld.facts(3, 1, 120));
    assertEquals(201, entered.status(), entered::toString);
    approve(entered.json().getString("id"));
    JsonObject account = pts.account(v);
    assertEquals(0, account.getJsonNumber("balance").longValue());
    assertEquals(0, account.getJsonArray("lots").size());
  }

  @Test
  void anApprovedCorrectionClawsBackWhatIsLeftAndEarnsAnew() {
    approve(corrected[2]);
    long first = earnedFor(minutes);
    assertEquals(first, pts.balance(corrected[0]));
    String item = pts.item(10, 5, 5);
    Http.Resp spent = pts.redeem(Http.as(corrected[1]), item, 1);
    assertEquals(201, spent.status(), spent::toString);

    JsonObject facts =
        Json.createObjectBuilder(VolunteerWorld.facts(2, 1, 120))
            .add("activityId", activity)
            .build();
    Http.Resp correction =
        pts.staff.post(
            p.path() + "/service-records/" + corrected[2] + "/correction",
            Json.createObjectBuilder().add("facts", facts).add("reason", "签退时间登记错误").build());
    assertEquals(201, correction.status(), correction::toString);
    approve(correction.json().getString("id"));

    // The 10 points already spent stay spent; the rest of the first lot is taken back.
    assertEquals(earnedFor(120), pts.balance(corrected[0]));
    JsonArray lots = pts.account(corrected[0]).getJsonArray("lots");
    assertEquals(2, lots.size(), lots::toString);
    JsonObject old =
        lots.getJsonObject(0).getString("recordId").equals(corrected[2])
            ? lots.getJsonObject(0)
            : lots.getJsonObject(1);
    assertEquals(first - 10, old.getJsonNumber("clawedBack").longValue());
    assertEquals(10, old.getJsonNumber("consumed").longValue());
    assertEquals(0, old.getJsonNumber("remaining").longValue());
    pts.invariantsHold();
  }

  @Test
  void redeemCancelExactlyOnceLimitAndPickup() throws Exception {
    String[] v = world.activeVolunteerWithLogin();
    Http me = Http.as(v[1]);
    pts.adjust(v[0], 100);
    String item = pts.item(10, 5, 2);

    Http.Resp first = pts.redeem(me, item, 1);
    assertEquals(201, first.status(), first::toString);
    JsonObject reserved = first.json();
    assertEquals("RESERVED", reserved.getString("status"));
    assertEquals(10, reserved.getJsonNumber("points").longValue());
    assertTrue(reserved.getString("pickupCode").matches("[0-9]{8}"), reserved::toString);
    assertEquals(90, pts.balance(v[0]));
    assertEquals(4, pts.stock(item));

    Http.Resp overLimit = pts.redeem(me, item, 2);
    assertEquals(422, overLimit.status(), overLimit::toString);
    assertEquals("PER_PERSON_LIMIT_REACHED", overLimit.code());

    String other = world.activeVolunteerWithLogin()[1];
    String cancelPath = pts.points() + "/redemptions/" + reserved.getString("id") + "/cancel";
    Http.Resp notHers = Http.as(other).post(cancelPath, null);
    assertEquals(404, notHers.status(), "another volunteer's redemption does not exist for her");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Http.Resp>> cancels = new ArrayList<>();
      cancels.add(pool.submit(() -> me.post(cancelPath, null)));
      cancels.add(pool.submit(() -> pts.staff.post(cancelPath, null)));
      for (Future<Http.Resp> c : cancels) {
        Http.Resp r = c.get();
        assertEquals(200, r.status(), r::toString);
        assertEquals("CANCELLED", r.json().getString("status"));
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(100, pts.balance(v[0]), "points back exactly once");
    assertEquals(5, pts.stock(item), "stock back exactly once");

    Http.Resp two = pts.redeem(me, item, 2);
    assertEquals(201, two.status(), "the cancelled one no longer counts: " + two);
    String pickup = pts.points() + "/redemptions/" + two.json().getString("id") + "/pickup";
    Http.Resp wrong = pts.staff.post(pickup, "{\"pickupCode\":\"00000000\"}");
    if (!"00000000".equals(two.json().getString("pickupCode"))) {
      assertEquals(422, wrong.status(), wrong::toString);
      assertEquals("PICKUP_CODE_MISMATCH", wrong.code());
    }
    Http.Resp right =
        pts.staff.post(pickup, "{\"pickupCode\":\"" + two.json().getString("pickupCode") + "\"}");
    assertEquals(200, right.status(), right::toString);
    assertEquals("PICKED_UP", right.json().getString("status"));
    assertFalse(right.json().containsKey("pickupCode"), "staff never see pickup codes");
    Http.Resp late =
        me.post(pts.points() + "/redemptions/" + two.json().getString("id") + "/cancel", null);
    assertEquals(409, late.status(), late::toString);
    assertEquals("REDEMPTION_PICKED_UP", late.code());
    assertEquals(80, pts.balance(v[0]));
    assertEquals(3, pts.stock(item));

    Http.Resp list = pts.staff.get(pts.points() + "/redemptions?volunteerId=" + v[0]);
    assertEquals(200, list.status(), list::toString);
    assertEquals(2, list.json().getJsonArray("items").size());
    assertFalse(list.body().contains("pickupCode"));
    assertEquals(403, me.get(pts.points() + "/redemptions").status(), "staff listing only");
    pts.invariantsHold();
  }

  @Test
  void stockBalanceAndOfferAreCheckedAndAFailedRedemptionChangesNothing() {
    String[] v = world.activeVolunteerWithLogin();
    Http me = Http.as(v[1]);
    pts.adjust(v[0], 50);
    String dear = pts.item(1000, 3, 10);
    Http.Resp poor = pts.redeem(me, dear, 1);
    assertEquals(422, poor.status(), poor::toString);
    assertEquals("INSUFFICIENT_BALANCE", poor.code());
    assertEquals(3, pts.stock(dear), "the reserved stock rolled back");

    String none = pts.item(1, 0, 10);
    Http.Resp empty = pts.redeem(me, none, 1);
    assertEquals(409, empty.status(), empty::toString);
    assertEquals("OUT_OF_STOCK", empty.code());

    Http.Resp read = pts.staff.get(pts.points() + "/items/" + dear);
    Http.Resp noEtag =
        pts.staff.send("PATCH", pts.points() + "/items/" + dear, "{\"active\":false}");
    assertEquals(428, noEtag.status(), noEtag::toString);
    Http.Resp off =
        pts.staff
            .header("If-Match", read.header("ETag"))
            .send("PATCH", pts.points() + "/items/" + dear, "{\"active\":false,\"pricePoints\":5}");
    assertEquals(200, off.status(), off::toString);
    assertFalse(off.json().getBoolean("active"));
    Http.Resp inactive = pts.redeem(me, dear, 1);
    assertEquals(422, inactive.status(), inactive::toString);
    assertEquals("ITEM_INACTIVE", inactive.code());
    assertEquals(404, me.get(pts.points() + "/items/" + dear).status(), "not on offer");
    Http.Resp restocked =
        pts.staff.post(pts.points() + "/items/" + none + "/restock", "{\"quantity\":4}");
    assertEquals(200, restocked.status(), restocked::toString);
    assertEquals(4, restocked.json().getInt("stock"));
    assertEquals("鼓楼惠民超市", restocked.json().getString("donor"));
    assertEquals(50, pts.balance(v[0]));
    pts.invariantsHold();
  }

  @Test
  void theLeaderboardMasksNamesAndLeavesOutThoseWhoOptOut() {
    String[] v = world.activeVolunteerWithLogin();
    Http me = Http.as(v[1]);
    pts.adjust(v[0], 1_000_000);
    String number = pts.staff.get(p.path() + "/volunteers/" + v[0]).json().getString("volunteerNo");
    String year = Integer.toString(PointsWorld.today().getYear());
    JsonObject top =
        PointsWorld.items(me.get(pts.points() + "/leaderboard?year=" + year)).getJsonObject(0);
    assertEquals(number, top.getString("volunteerNo"));
    assertEquals(1, top.getInt("rank"));
    assertEquals("志**", top.getString("maskedName"));
    assertEquals(1_000_000, top.getJsonNumber("points").longValue());

    Http.Resp out = me.put(pts.points() + "/leaderboard/participation", "{\"optOut\":true}");
    assertEquals(200, out.status(), out::toString);
    assertFalse(me.get(pts.points() + "/leaderboard").body().contains(number));
    me.put(pts.points() + "/leaderboard/participation", "{\"optOut\":false}");
    assertTrue(me.get(pts.points() + "/leaderboard").body().contains(number));
    assertEquals(
        0,
        PointsWorld.items(me.get(pts.points() + "/leaderboard?year=2001")).size(),
        "nothing earned then");
  }

  @Test
  void rulesAreVersionedAndNeverBackDated() {
    JsonObject past =
        Json.createObjectBuilder()
            .add("effectiveFrom", PointsWorld.today().minusDays(1).toString())
            .build();
    Http.Resp refused = pts.admin.post(pts.points() + "/rules", past);
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("EFFECTIVE_FROM_IN_PAST", refused.code());
    Http.Resp negative =
        pts.admin.post(
            pts.points() + "/rules",
            "{\"effectiveFrom\":\"2099-01-01\",\"categoryWeights\":{\"x\":-1}}");
    assertEquals(400, negative.status(), negative::toString);
    Http.Resp later =
        pts.admin.post(
            pts.points() + "/rules",
            "{\"effectiveFrom\":\"2099-01-01\",\"expiry\":{\"policy\":\"MONTHS\",\"months\":6}}");
    assertEquals(201, later.status(), later::toString);
    assertEquals(10, later.json().getInt("pointsPerHour"), "default points per hour");
    JsonArray versions = PointsWorld.items(pts.staff.get(pts.points() + "/rules"));
    assertTrue(versions.size() >= 2, versions::toString);
    assertEquals(403, pts.staff.post(pts.points() + "/rules", past).status(), "org admins only");
    Http.Resp unknown =
        pts.admin.put(pts.points() + "/activity-bonuses/nope", "{\"bonusPoints\":1}");
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("ACTIVITY_NOT_FOUND", unknown.code());
  }

  @Test
  void myPointsShowEveryOrganizationOfTheSignedInPerson() {
    String email = "pm-" + Ids.suffix() + "@login.test";
    String idNumber = Ids.residentId();
    Http.Resp here =
        world.register(VolunteerWorld.registration(idNumber).add("email", email).build());
    Keycloak.expect(here, 201);
    String hereId = here.json().getString("id");
    Keycloak.expect(
        pts.staff.post(p.path() + "/volunteers/" + hereId + "/status", "{\"status\":\"ACTIVE\"}"),
        200);
    String thereId = new VolunteerWorld(fx.b).activeVolunteer(idNumber);
    Keycloak.setPassword(email, Fixture.PASSWORD);
    Http me = Http.as(Keycloak.token(email, Fixture.PASSWORD));
    pts.adjust(hereId, 30);
    new PointsWorld(fx.b).adjust(thereId, 12);
    String item = pts.item(10, 1, 1);
    Keycloak.expect(pts.redeem(me, item, 1), 201);

    Http.Resp mine = me.get("/api/v1/me/points");
    assertEquals(200, mine.status(), mine::toString);
    JsonArray balances = mine.json().getJsonArray("balances");
    assertEquals(2, balances.size(), mine::toString);
    for (JsonObject b : balances.getValuesAs(JsonObject.class)) {
      long expected = b.getString("org").equals(p.code()) ? 20 : 12;
      assertEquals(expected, b.getJsonNumber("balance").longValue(), mine::toString);
    }
    JsonArray redemptions = mine.json().getJsonArray("redemptions");
    assertEquals(1, redemptions.size());
    assertNotNull(redemptions.getJsonObject(0).getString("pickupCode"));
    Http.Resp staffs = pts.staff.get("/api/v1/me/points");
    assertEquals(0, staffs.json().getJsonArray("balances").size(), "nobody else's points");
    assertEquals(401, Http.anonymous().get("/api/v1/me/points").status());
  }

  @Test
  void anExpiryRunExpiresOnlyWhatIsLeftOfDueLotsAndIsSafeToRepeat() {
    // An organization of its own: an expiry run covers every volunteer of the organization.
    Fixture.TestOrg e = fx.createOrg("te-" + Ids.suffix());
    PointsWorld ep = new PointsWorld(e);
    VolunteerWorld ew = new VolunteerWorld(e);
    String today = PointsWorld.today().toString();
    Keycloak.expect(
        ep.admin.post(
            ep.points() + "/rules",
            "{\"effectiveFrom\":\""
                + today
                + "\",\"expiry\":{\"policy\":\"MONTHS\",\"months\":1}}"),
        201);
    String[] v = ew.activeVolunteerWithLogin();
    ep.adjust(v[0], 100); // valid one month
    Keycloak.expect(
        ep.admin.post(
            ep.points() + "/rules",
            "{\"effectiveFrom\":\"" + today + "\",\"expiry\":{\"policy\":\"NEVER\"}}"),
        201);
    ep.adjust(v[0], 50); // never expires
    String item = ep.item(30, 5, 5);
    Http.Resp spent = ep.redeem(Http.as(v[1]), item, 1);
    assertEquals(201, spent.status(), spent::toString);
    assertEquals(120, ep.balance(v[0]));

    String asOf = PointsWorld.today().plusMonths(1).plusDays(1).toString();
    String run = ep.points() + "/expiry-runs";
    Http.Resp first = ep.admin.post(run, "{\"asOf\":\"" + asOf + "\"}");
    assertEquals(200, first.status(), first::toString);
    assertEquals(
        70,
        first.json().getJsonNumber("expiredPoints").longValue(),
        "FIFO spent the due lot first");
    assertEquals(50, ep.balance(v[0]));
    Http.Resp second = ep.admin.post(run, "{\"asOf\":\"" + asOf + "\"}");
    assertEquals(200, second.status(), second::toString);
    assertEquals(0, second.json().getJsonNumber("expiredPoints").longValue());
    assertEquals(50, ep.balance(v[0]), "a second run changes nothing");

    // Points a cancellation gives back to an expired lot expire with the next run.
    Keycloak.expect(
        Http.as(v[1])
            .post(ep.points() + "/redemptions/" + spent.json().getString("id") + "/cancel", null),
        200);
    assertEquals(80, ep.balance(v[0]));
    assertEquals(
        30,
        ep.admin
            .post(run, "{\"asOf\":\"" + asOf + "\"}")
            .json()
            .getJsonNumber("expiredPoints")
            .longValue());
    assertEquals(50, ep.balance(v[0]));
    assertEquals(403, ep.staff.post(run, "{}").status(), "org admins only");
    ep.invariantsHold();
  }
}
