package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Time bank beyond plain deposits: category weights, donate-only group hours, donations to the
 * pool, deceased holders and dormancy reminders. Each test has an organization of its own, since
 * rules versions are permanent and pool balances must be exact.
 */
class TimeBankPoolIT {
  static final Fixture fx = Fixture.get();

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  /** An organization of the test's own with its staff's volunteer world. */
  record Org(Fixture.TestOrg org, VolunteerWorld world) {
    static Org fresh(String prefix) {
      Fixture.TestOrg org = fx.createOrg(prefix + Ids.suffix());
      return new Org(org, new VolunteerWorld(org));
    }

    Http staff() {
      return org.staff().http();
    }

    Http admin() {
      return org.admin().http();
    }

    String path() {
      return org.path();
    }

    JsonObject account(String volunteer) {
      Http.Resp r = staff().get(path() + "/volunteers/" + volunteer + "/time-account");
      assertEquals(200, r.status(), r::toString);
      return r.json();
    }

    String activity(String category, boolean group) {
      JsonObject body =
          Json.createObjectBuilder()
              .add("title", group ? "社区集体清扫" : "上门助老")
              .add("serviceCategory", category)
              .add("organizer", "阳光社工")
              .add("responsiblePerson", "李强")
              .add("address", "南京市鼓楼区湖南路1号")
              .add("latitude", 32.0603)
              .add("longitude", 118.7969)
              .add("checkinRadiusMeters", 200)
              .add("riskDisclosure", "注意安全")
              .add("insuranceArranged", true)
              .add("groupActivity", group)
              .build();
      Http.Resp created = staff().post(path() + "/activities", body);
      assertEquals(201, created.status(), created::toString);
      assertEquals(group, created.json().getBoolean("groupActivity"));
      return created.json().getString("id");
    }

    /**
     * An approved staff record of {@code minutes}, {@code daysAgo} days back, maybe with activity.
     */
    void approved(String volunteer, String activityId, int daysAgo, int minutes) {
      JsonObject facts = VolunteerWorld.facts(daysAgo, 1, minutes);
      if (activityId != null) {
        facts = Json.createObjectBuilder(facts).add("activityId", activityId).build();
      }
      Http.Resp entered = world.enterRecord(volunteer, facts);
      assertEquals(201, entered.status(), entered::toString);
      Http.Resp review = world.review("APPROVE", null, entered.json().getString("id"));
      assertEquals(200, review.status(), review::toString);
    }

    Http.Resp donate(Http who, String volunteerId, String hours, String from, String reason) {
      var body = Json.createObjectBuilder().add("hours", hours).add("from", from);
      if (volunteerId != null) {
        body.add("volunteerId", volunteerId);
      }
      if (reason != null) {
        body.add("reason", reason);
      }
      return who.post(path() + "/time-bank/donations", body.build());
    }

    JsonObject pool() {
      Http.Resp r = staff().get(path() + "/time-bank/pool?limit=100");
      assertEquals(200, r.status(), r::toString);
      return r.json();
    }

    void publish(String rulesJson) {
      Http.Resp r = admin().post(path() + "/time-bank/rules", rulesJson);
      assertEquals(201, r.status(), r::toString);
    }

    void invariantsHold() {
      Http.Resp check = admin().get(path() + "/ledger/invariants");
      assertEquals(200, check.status(), check::toString);
      assertTrue(check.json().getBoolean("ok"), check::toString);
    }
  }

  static JsonObject myAccountIn(String token, String org) {
    Http.Resp mine = Http.as(token).get("/api/v1/me/time-accounts");
    assertEquals(200, mine.status(), mine::toString);
    JsonArray items = mine.json().getJsonArray("items");
    return items.stream()
        .map(JsonObject.class::cast)
        .filter(i -> i.getString("org").equals(org))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account in " + org + ": " + mine));
  }

  @Test
  void categoryWeightsScaleDepositsAndTheLedgerStaysBalanced() {
    Org o = Org.fresh("tbw");
    o.publish("{\"effectiveFrom\":\"" + today() + "\",\"categoryWeights\":{\"elderly-care\":1.5}}");
    String weighted = o.activity("elderly-care", false);
    String plain = o.activity("cleaning", false);
    String volunteer = o.world().activeVolunteer();

    o.approved(volunteer, weighted, 2, 60);
    assertEquals("1.50", o.account(volunteer).getString("balanceHours"), "60 min x 1.5");
    o.approved(volunteer, plain, 3, 60);
    assertEquals("2.50", o.account(volunteer).getString("balanceHours"), "unweighted category");
    o.approved(volunteer, null, 4, 30);
    assertEquals("3.00", o.account(volunteer).getString("balanceHours"), "no activity: weight 1");
    // The issued account gave exactly what was credited: every unit sums to zero.
    o.invariantsHold();
  }

  @Test
  void groupActivityHoursAreDonateOnlyAndCanOnlyBeDonated() {
    Org o = Org.fresh("tbg");
    // The defaults make group-activity hours donate-only; a cap of 1 h shows they are not capped.
    o.publish("{\"effectiveFrom\":\"" + today() + "\",\"capHours\":1}");
    String group = o.activity("cleaning", true);
    String[] v = o.world().activeVolunteerWithLogin();
    Http self = Http.as(v[1]);

    o.approved(v[0], group, 2, 120);
    JsonObject account = o.account(v[0]);
    assertEquals("0.00", account.getString("balanceHours"));
    assertEquals("2.00", account.getString("donateOnlyHours"), "not capped, all of it");
    assertEquals("0.00", account.getString("poolHours"));

    Http.Resp fromCredit = o.donate(self, null, "1", "CREDIT", null);
    assertEquals(422, fromCredit.status(), fromCredit::toString);
    assertEquals("INSUFFICIENT_BALANCE", fromCredit.code());
    Http.Resp donated = o.donate(self, null, "1.50", "DONATE_ONLY", null);
    assertEquals(201, donated.status(), donated::toString);
    assertEquals("0.50", donated.json().getString("balanceAfterHours"));
    assertEquals("1.50", donated.json().getString("poolHours"));
    Http.Resp tooMuch = o.donate(self, null, "1", "DONATE_ONLY", null);
    assertEquals(422, tooMuch.status(), tooMuch::toString);
    assertEquals("INSUFFICIENT_BALANCE", tooMuch.code());

    JsonObject mine = myAccountIn(v[1], o.org().code());
    assertEquals("0.00", mine.getString("balanceHours"));
    assertEquals("0.50", mine.getString("donateOnlyHours"));
    assertFalse(mine.getBoolean("dormant"));
    o.invariantsHold();
  }

  @Test
  void volunteersDonateTheirOwnHoursAndStaffOnTheirBehalfWithAReason() {
    Org o = Org.fresh("tbd");
    String[] v = o.world().activeVolunteerWithLogin();
    String other = o.world().activeVolunteer();
    o.approved(v[0], null, 2, 120);
    o.approved(other, null, 2, 60);
    Http self = Http.as(v[1]).header("Idempotency-Key", "don-" + Ids.suffix());

    Http.Resp first = o.donate(self, null, "0.50", "CREDIT", null);
    assertEquals(201, first.status(), first::toString);
    assertEquals(v[0], first.json().getString("volunteerId"));
    assertEquals("1.50", first.json().getString("balanceAfterHours"));
    Http.Resp retry = o.donate(self, null, "0.50", "CREDIT", null);
    assertEquals(201, retry.status(), retry::toString);
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(first.json(), retry.json());
    assertEquals("1.50", o.account(v[0]).getString("balanceHours"), "donated once");

    Http plain = Http.as(v[1]);
    Http.Resp others = o.donate(plain, other, "0.50", "CREDIT", null);
    assertEquals(404, others.status(), others::toString);
    assertEquals("VOLUNTEER_NOT_FOUND", others.code());
    assertEquals("1.00", o.account(other).getString("balanceHours"), "another's hours untouched");
    Http.Resp over = o.donate(plain, v[0], "5", "CREDIT", null);
    assertEquals(422, over.status(), over::toString);
    assertEquals("INSUFFICIENT_BALANCE", over.code());
    Http.Resp badSource = o.donate(plain, null, "1", "CASH", null);
    assertEquals(400, badSource.status(), badSource::toString);
    assertEquals("INVALID_DONATION_SOURCE", badSource.code());
    Http.Resp badAmount = o.donate(plain, null, "0.001", "CREDIT", null);
    assertEquals(400, badAmount.status(), badAmount::toString);

    Http.Resp noReason = o.donate(o.staff(), other, "0.25", "CREDIT", null);
    assertEquals(400, noReason.status(), noReason::toString);
    assertEquals("REASON_REQUIRED", noReason.code());
    Http.Resp onBehalf = o.donate(o.staff(), other, "0.25", "CREDIT", "本人电话委托");
    assertEquals(201, onBehalf.status(), onBehalf::toString);
    assertEquals("0.75", o.account(other).getString("balanceHours"));

    JsonObject pool = o.pool();
    assertEquals("0.75", pool.getString("poolHours"));
    assertEquals(2, pool.getJsonArray("items").size(), pool::toString);
    assertEquals(
        first.json().getString("transactionId"),
        pool.getJsonArray("items").getJsonObject(0).getString("transactionId"));
    assertEquals("TIME_DONATION", pool.getJsonArray("items").getJsonObject(1).getString("kind"));
    Http.Resp volunteerReadsPool = plain.get(o.path() + "/time-bank/pool");
    assertEquals(403, volunteerReadsPool.status(), volunteerReadsPool::toString);
    o.invariantsHold();
  }

  @Test
  void aDeceasedHoldersBalanceGoesToTheHeirOrThePoolOnce() {
    Org o = Org.fresh("tbx");
    String group = o.activity("cleaning", true);
    String deceased = o.world().activeVolunteer();
    String heir = o.world().activeVolunteer();
    o.approved(deceased, null, 2, 120);
    o.approved(deceased, group, 3, 60);
    o.approved(heir, null, 2, 30);
    String settle = o.path() + "/volunteers/" + deceased + "/time-account/deceased-settlement";
    String body =
        "{\"dateOfDeath\":\"" + today().minusDays(3) + "\",\"evidence\":\"死亡证明 No. 3201-001\"";

    Http.Resp byStaff = o.staff().post(settle, body + "}");
    assertEquals(403, byStaff.status(), byStaff::toString);
    Http.Resp self = o.admin().post(settle, body + ",\"heirVolunteerId\":\"" + deceased + "\"}");
    assertEquals(422, self.status(), self::toString);
    assertEquals("HEIR_NOT_ELIGIBLE", self.code());

    Http.Resp settled = o.admin().post(settle, body + ",\"heirVolunteerId\":\"" + heir + "\"}");
    assertEquals(201, settled.status(), settled::toString);
    assertEquals("HEIR_OR_POOL", settled.json().getString("rule"));
    assertEquals("2.00", settled.json().getString("toHeirHours"));
    assertEquals("1.00", settled.json().getString("toPoolHours"), "donate-only hours: pool");
    assertEquals("2.50", o.account(heir).getString("balanceHours"));
    JsonObject after = o.account(deceased);
    assertEquals("0.00", after.getString("balanceHours"));
    assertEquals("0.00", after.getString("donateOnlyHours"));
    assertEquals("1.00", after.getString("poolHours"));
    assertEquals(
        "LEFT", o.staff().get(o.path() + "/volunteers/" + deceased).json().getString("status"));

    Http.Resp again = o.admin().post(settle, body + "}");
    assertEquals(409, again.status(), again::toString);
    assertEquals("ALREADY_SETTLED", again.code());

    // Service approved after the settlement deposits into the pool, never the closed account.
    o.approved(deceased, null, 5, 60);
    assertEquals("0.00", o.account(deceased).getString("balanceHours"));
    assertEquals("2.00", o.account(deceased).getString("poolHours"));

    // No heir named: the pool.
    String alone = o.world().activeVolunteer();
    o.approved(alone, null, 2, 45);
    Http.Resp toPool =
        o.admin()
            .post(
                o.path() + "/volunteers/" + alone + "/time-account/deceased-settlement",
                body + "}");
    assertEquals(201, toPool.status(), toPool::toString);
    assertEquals("0.75", toPool.json().getString("toPoolHours"));
    assertFalse(toPool.json().containsKey("heirVolunteerId"));

    // Rules sending everything to the pool refuse an heir.
    o.publish("{\"effectiveFrom\":\"" + today() + "\",\"deceasedBalance\":\"POOL\"}");
    String third = o.world().activeVolunteer();
    o.approved(third, null, 2, 60);
    String thirdSettle = o.path() + "/volunteers/" + third + "/time-account/deceased-settlement";
    Http.Resp heirRefused =
        o.admin().post(thirdSettle, body + ",\"heirVolunteerId\":\"" + heir + "\"}");
    assertEquals(422, heirRefused.status(), heirRefused::toString);
    assertEquals("HEIR_NOT_ALLOWED", heirRefused.code());
    Http.Resp poolRule = o.admin().post(thirdSettle, body + "}");
    assertEquals(201, poolRule.status(), poolRule::toString);
    assertEquals("POOL", poolRule.json().getString("rule"));
    assertEquals("1.00", poolRule.json().getString("toPoolHours"));
    assertEquals("3.75", o.pool().getString("poolHours"));
    o.invariantsHold();
  }

  @Test
  void dormantBalancesAreRemindedOncePerQuietPeriod() {
    Org o = Org.fresh("tbr");
    String[] v = o.world().activeVolunteerWithLogin();
    o.approved(v[0], null, 2, 60);
    String run = o.path() + "/time-bank/dormancy-reminders/run";

    Http.Resp now = o.admin().post(run, "{}");
    assertEquals(200, now.status(), now::toString);
    assertEquals(0, now.json().getInt("created"), "just deposited: not dormant");
    assertFalse(myAccountIn(v[1], o.org().code()).getBoolean("dormant"));

    // The default rules remind after 365 days without a posting.
    String later = "{\"asOf\":\"" + today().plusDays(366) + "\"}";
    Http.Resp first = o.admin().post(run, later);
    assertEquals(200, first.status(), first::toString);
    assertEquals(1, first.json().getInt("created"));
    Http.Resp second = o.admin().post(run, later);
    assertEquals(0, second.json().getInt("created"), "running twice creates nothing new");
    Http.Resp evenLater = o.admin().post(run, "{\"asOf\":\"" + today().plusDays(400) + "\"}");
    assertEquals(0, evenLater.json().getInt("created"), "same account, same quiet period");

    Http.Resp list = o.staff().get(o.path() + "/time-bank/dormancy-reminders");
    assertEquals(200, list.status(), list::toString);
    JsonArray items = list.json().getJsonArray("items");
    assertEquals(1, items.size(), list::toString);
    JsonObject reminder = items.getJsonObject(0);
    assertEquals(v[0], reminder.getString("volunteerId"));
    assertEquals("TIME_CREDIT", reminder.getString("accountKind"));
    assertEquals("1.00", reminder.getString("balanceHours"));
    assertEquals(today().toString(), reminder.getString("dormantSince"));

    JsonObject mine = myAccountIn(v[1], o.org().code());
    assertTrue(mine.getBoolean("dormant"), mine::toString);
    assertEquals(today().toString(), mine.getString("dormantSince"));
    assertNotNull(mine.getString("remindedAt"));

    // Using the balance ends the quiet period: no longer dormant.
    Http.Resp donated = o.donate(Http.as(v[1]), null, "0.25", "CREDIT", null);
    assertEquals(201, donated.status(), donated::toString);
    assertFalse(myAccountIn(v[1], o.org().code()).getBoolean("dormant"));

    Http.Resp byStaff = o.staff().post(run, "{}");
    assertEquals(403, byStaff.status(), byStaff::toString);
    Http.Resp byVolunteer = Http.as(v[1]).get(o.path() + "/time-bank/dormancy-reminders");
    assertEquals(403, byVolunteer.status(), byVolunteer::toString);
    o.invariantsHold();
  }
}
