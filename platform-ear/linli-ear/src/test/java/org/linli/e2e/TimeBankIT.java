package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.VolunteerWorld;

/** Time bank: approved hours deposit through the ledger, once, under the storage cap. */
class TimeBankIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static JsonObject timeAccount(String volunteer) {
    Http.Resp r =
        fx.a.staff().http().get(fx.a.path() + "/volunteers/" + volunteer + "/time-account");
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static String approved(String volunteer, int minutes) {
    Http.Resp entered = a.enterRecord(volunteer, VolunteerWorld.facts(2, 1, minutes));
    assertEquals(201, entered.status(), entered::toString);
    String record = entered.json().getString("id");
    Http.Resp review = a.review("APPROVE", null, record);
    assertEquals(200, review.status(), review::toString);
    return record;
  }

  static void invariantsHold() {
    Http.Resp check = fx.a.admin().http().get(fx.a.path() + "/ledger/invariants");
    assertEquals(200, check.status(), check::toString);
    assertTrue(check.json().getBoolean("ok"), check::toString);
  }

  @Test
  void approvedStaffRecordDepositsHoursOnce() {
    String volunteer = a.activeVolunteer();
    assertEquals("0.00", timeAccount(volunteer).getString("balanceHours"));
    // A staff-entered record (source STAFF) deposits like a check-in; 60 minutes fit any cap >= 1.
    String record = approved(volunteer, 60);
    assertEquals("1.00", timeAccount(volunteer).getString("balanceHours"));

    Http.Resp again = a.review("APPROVE", null, record);
    assertEquals(409, again.status(), again::toString);
    assertEquals("RECORD_ALREADY_REVIEWED", again.code());
    assertEquals("1.00", timeAccount(volunteer).getString("balanceHours"), "no second deposit");
    invariantsHold();
  }

  @Test
  void aVolunteerSeesOnlyTheirOwnTimeAccounts() {
    String[] v = a.activeVolunteerWithLogin();
    approved(v[0], 60);
    Http.Resp mine = Http.as(v[1]).get("/api/v1/me/time-accounts");
    assertEquals(200, mine.status(), mine::toString);
    JsonArray accounts = mine.json().getJsonArray("items");
    assertEquals(1, accounts.size(), mine::toString);
    assertEquals(fx.a.code(), accounts.getJsonObject(0).getString("org"));
    assertEquals("1.00", accounts.getJsonObject(0).getString("balanceHours"));
    Http.Resp other = fx.a.staff().http().get("/api/v1/me/time-accounts");
    assertEquals(200, other.status(), other::toString);
    assertEquals(
        0, other.json().getJsonArray("items").size(), "staff without deposits see none of others'");
    assertEquals(401, Http.anonymous().get("/api/v1/me/time-accounts").status());
  }

  @Test
  void anApprovedCorrectionReplacesTheCorrectedDeposit() {
    String volunteer = a.activeVolunteer();
    String original = approved(volunteer, 120);
    assertEquals("2.00", timeAccount(volunteer).getString("balanceHours"));
    JsonObject correction =
        Json.createObjectBuilder()
            .add("facts", VolunteerWorld.facts(2, 1, 90))
            .add("reason", "签退时间登记错误")
            .build();
    Http.Resp corrected =
        fx.a
            .staff()
            .http()
            .post(fx.a.path() + "/service-records/" + original + "/correction", correction);
    assertEquals(201, corrected.status(), corrected::toString);
    Http.Resp review = a.review("APPROVE", null, corrected.json().getString("id"));
    assertEquals(200, review.status(), review::toString);
    assertEquals("1.50", timeAccount(volunteer).getString("balanceHours"), "not 3.50");
    invariantsHold();
  }

  @Test
  void unknownVolunteerHasNoTimeAccount() {
    Http.Resp r = fx.a.staff().http().get(fx.a.path() + "/volunteers/nope/time-account");
    assertEquals(404, r.status(), r::toString);
    assertEquals("VOLUNTEER_NOT_FOUND", r.code());
  }

  @Test
  void depositOverTheCapGoesToThePool() {
    // Rules versions are permanent, so the capped rules go to an organization of this test's own.
    Fixture.TestOrg org = fx.createOrg("tbcap" + Ids.suffix());
    VolunteerWorld world = new VolunteerWorld(org);
    Http admin = org.admin().http();
    Http.Resp published =
        admin.post(
            org.path() + "/time-bank/rules",
            "{\"effectiveFrom\":\"" + LocalDate.now(CHINA) + "\",\"capHours\":1}");
    assertEquals(201, published.status(), published::toString);
    assertEquals("1.00", published.json().getString("capHours"));
    assertEquals(60, published.json().getInt("redeemFromAge"), "left-out fields keep defaults");

    String volunteer = world.activeVolunteer();
    Http.Resp before =
        org.staff().http().get(org.path() + "/volunteers/" + volunteer + "/time-account");
    assertEquals("1", before.json().getString("capHours"));
    Http.Resp entered = world.enterRecord(volunteer, VolunteerWorld.facts(2, 1, 90));
    assertEquals(201, entered.status(), entered::toString);
    Http.Resp review = world.review("APPROVE", null, entered.json().getString("id"));
    assertEquals(200, review.status(), review::toString);

    JsonObject after =
        org.staff().http().get(org.path() + "/volunteers/" + volunteer + "/time-account").json();
    assertEquals("1.00", after.getString("balanceHours"));
    assertEquals("0.50", after.getString("poolHours"));
    Http.Resp check = admin.get(org.path() + "/ledger/invariants");
    assertTrue(check.json().getBoolean("ok"), check::toString);
  }

  @Test
  void rulesAreVersionedByDateAndNeverRetroactive() {
    Fixture.TestOrg org = fx.createOrg("tbrul" + Ids.suffix());
    Http admin = org.admin().http();
    String rules = org.path() + "/time-bank/rules";
    LocalDate today = LocalDate.now(CHINA);

    Http.Resp past = admin.post(rules, "{\"effectiveFrom\":\"" + today.minusDays(1) + "\"}");
    assertEquals(422, past.status(), past::toString);
    assertEquals("RULES_EFFECTIVE_IN_PAST", past.code());

    Http.Resp nanjing =
        admin.post(
            rules,
            "{\"effectiveFrom\":\""
                + today
                + "\",\"capHours\":1500,\"redeemFromAge\":60,"
                + "\"categoryWeights\":{\"助老\":1.5}}");
    assertEquals(201, nanjing.status(), nanjing::toString);
    Http.Resp shanghai =
        admin.post(
            rules, "{\"effectiveFrom\":\"" + today.plusDays(30) + "\",\"redeemFromAge\":65}");
    assertEquals(201, shanghai.status(), shanghai::toString);
    assertEquals(
        new BigDecimal("1.5"),
        shanghai.json().getJsonObject("categoryWeights").getJsonNumber("助老").bigDecimalValue(),
        "inherited from the version in force before it");

    Http.Resp again = admin.post(rules, "{\"effectiveFrom\":\"" + today + "\"}");
    assertEquals(409, again.status(), again::toString);
    assertEquals("RULES_VERSION_EXISTS", again.code());

    Http.Resp bad =
        admin.post(
            rules,
            "{\"effectiveFrom\":\"" + today.plusDays(40) + "\",\"categoryWeights\":{\"x\":-1}}");
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("INVALID_TIME_BANK_RULES", bad.code());

    assertEquals(60, admin.get(rules + "/in-force").json().getInt("redeemFromAge"));
    assertEquals(
        65,
        admin.get(rules + "/in-force?date=" + today.plusDays(31)).json().getInt("redeemFromAge"));
    assertEquals(
        "1500.00",
        admin.get(rules + "/in-force?date=" + today.minusYears(1)).json().getString("capHours"),
        "before the first version: the defaults");
    JsonArray versions = admin.get(rules).json().getJsonArray("items");
    assertEquals(2, versions.size());
    assertEquals(
        today.plusDays(30).toString(), versions.getJsonObject(0).getString("effectiveFrom"));

    Http.Resp staffPublish = org.staff().http().post(rules, "{\"effectiveFrom\":\"2099-01-01\"}");
    assertEquals(403, staffPublish.status(), staffPublish::toString);
  }
}
