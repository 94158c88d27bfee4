package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Family beneficiaries and transfers of hours to them: relation and age rules, the yearly limit
 * (also under concurrency), the balance, and masked personal data.
 */
class FamilyTransferIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static JsonObject beneficiaryBody(String volunteer, String relation, String idNumber) {
    return Json.createObjectBuilder()
        .add("volunteerId", volunteer)
        .add("relation", relation)
        .add("name", "王秀英")
        .add("idNumber", idNumber)
        .add("phone", Ids.phone())
        .add("evidence", "户口簿原件已核验")
        .build();
  }

  static Http.Resp registerBeneficiary(
      Fixture.TestOrg org, String volunteer, String relation, String idNumber) {
    return org.staff()
        .http()
        .post(
            org.path() + "/time-bank/beneficiaries",
            beneficiaryBody(volunteer, relation, idNumber));
  }

  /** A registered beneficiary born in {@code year}; returns its id. */
  static String beneficiary(Fixture.TestOrg org, String volunteer, String relation, int year) {
    Http.Resp r = registerBeneficiary(org, volunteer, relation, Ids.residentIdBornIn(year));
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }

  static Http.Resp transfer(Http as, Fixture.TestOrg org, String volunteer, String to, String h) {
    return as.post(
        org.path() + "/time-bank/family-transfers",
        Json.createObjectBuilder()
            .add("volunteerId", volunteer)
            .add("beneficiaryId", to)
            .add("hours", h)
            .build());
  }

  static String volunteerHours(Fixture.TestOrg org, String volunteer) {
    Http.Resp r = org.staff().http().get(org.path() + "/volunteers/" + volunteer + "/time-account");
    assertEquals(200, r.status(), r::toString);
    return r.json().getString("balanceHours");
  }

  static String beneficiaryHours(Fixture.TestOrg org, String beneficiary) {
    Http.Resp r = org.staff().http().get(org.path() + "/time-bank/beneficiaries/" + beneficiary);
    assertEquals(200, r.status(), r::toString);
    return r.json().getString("balanceHours");
  }

  /** Deposits {@code minutes} for the volunteer: a staff-entered record, approved. */
  static void approved(VolunteerWorld world, String volunteer, int minutes) {
    Http.Resp entered = world.enterRecord(volunteer, VolunteerWorld.facts(2, 1, minutes));
    assertEquals(201, entered.status(), entered::toString);
    Http.Resp review = world.review("APPROVE", null, entered.json().getString("id"));
    assertEquals(200, review.status(), review::toString);
  }

  static void invariantsHold(Fixture.TestOrg org) {
    Http.Resp check = org.admin().http().get(org.path() + "/ledger/invariants");
    assertEquals(200, check.status(), check::toString);
    assertTrue(check.json().getBoolean("ok"), check::toString);
  }

  @Test
  void staffRegisterSpouseOrLinealRelativesOnceWithMaskedNumbers() {
    String ownId = Ids.residentId();
    String volunteer = a.activeVolunteer(ownId);
    String idNumber = Ids.residentIdBornIn(1950);
    JsonObject body = beneficiaryBody(volunteer, "PARENT", idNumber);
    String phone = body.getString("phone");
    Http.Resp created = fx.a.staff().http().post(fx.a.path() + "/time-bank/beneficiaries", body);
    assertEquals(201, created.status(), created::toString);
    JsonObject b = created.json();
    assertEquals("PARENT", b.getString("relation"));
    assertEquals(volunteer, b.getString("volunteerId"));
    assertEquals(idNumber.substring(6, 10), b.getString("birthDate").substring(0, 4));
    assertEquals("0.00", b.getString("balanceHours"));
    assertTrue(b.getString("idNumberMasked").contains("*"), created::toString);
    assertTrue(b.getString("phoneMasked").contains("*"), created::toString);
    assertFalse(created.body().contains(idNumber), "the ID number never appears in clear");
    assertFalse(created.body().contains(phone), "nor the phone");
    String id = b.getString("id");

    Http.Resp again = registerBeneficiary(fx.a, volunteer, "PARENT", idNumber);
    assertEquals(409, again.status(), again::toString);
    assertEquals("BENEFICIARY_ALREADY_REGISTERED", again.code());

    Http.Resp sibling = registerBeneficiary(fx.a, volunteer, "SIBLING", Ids.residentId());
    assertEquals(422, sibling.status(), sibling::toString);
    assertEquals("RELATION_NOT_ELIGIBLE", sibling.code());

    Http.Resp self = registerBeneficiary(fx.a, volunteer, "SPOUSE", ownId);
    assertEquals(422, self.status(), self::toString);
    assertEquals("BENEFICIARY_IS_VOLUNTEER", self.code());

    JsonObject noEvidence =
        Json.createObjectBuilder(beneficiaryBody(volunteer, "CHILD", Ids.residentId()))
            .remove("evidence")
            .build();
    Http.Resp unverified =
        fx.a.staff().http().post(fx.a.path() + "/time-bank/beneficiaries", noEvidence);
    assertEquals(400, unverified.status(), unverified::toString);

    Http.Resp list =
        fx.a.staff().http().get(fx.a.path() + "/time-bank/beneficiaries?volunteerId=" + volunteer);
    assertEquals(200, list.status(), list::toString);
    JsonArray items = list.json().getJsonArray("items");
    assertEquals(1, items.size(), list::toString);
    assertEquals(id, items.getJsonObject(0).getString("id"));
    assertFalse(list.body().contains(idNumber));

    Http.Resp one = fx.a.staff().http().get(fx.a.path() + "/time-bank/beneficiaries/" + id);
    assertEquals(200, one.status(), one::toString);
    assertEquals(b.getString("idNumberMasked"), one.json().getString("idNumberMasked"));

    String[] other = a.activeVolunteerWithLogin();
    Http.Resp foreign = Http.as(other[1]).get(fx.a.path() + "/time-bank/beneficiaries/" + id);
    assertEquals(404, foreign.status(), "another volunteer's family does not exist for them");
    Http.Resp register =
        Http.as(other[1])
            .post(
                fx.a.path() + "/time-bank/beneficiaries",
                beneficiaryBody(other[0], "PARENT", Ids.residentIdBornIn(1951)));
    assertEquals(403, register.status(), "only staff register beneficiaries");
  }

  @Test
  void transfersFollowTheAgeRuleTheYearlyLimitAndTheBalance() {
    // Rules versions are permanent: a small limit goes to an organization of this test's own.
    Fixture.TestOrg org = fx.createOrg("tbfam" + Ids.suffix());
    VolunteerWorld world = new VolunteerWorld(org);
    Http.Resp rules =
        org.admin()
            .http()
            .post(
                org.path() + "/time-bank/rules",
                "{\"effectiveFrom\":\""
                    + LocalDate.now(CHINA)
                    + "\",\"familyMinAge\":60,\"familyTransferMaxHoursPerYear\":2}");
    assertEquals(201, rules.status(), rules::toString);

    String[] volunteer = world.activeVolunteerWithLogin();
    Http self = Http.as(volunteer[1]);
    approved(world, volunteer[0], 180);
    String parent = beneficiary(org, volunteer[0], "PARENT", 1950);
    String child = beneficiary(org, volunteer[0], "CHILD", 2000);

    Http.Resp young = transfer(self, org, volunteer[0], child, "1");
    assertEquals(422, young.status(), young::toString);
    assertEquals("BENEFICIARY_TOO_YOUNG", young.code());

    Http.Resp first = transfer(self, org, volunteer[0], parent, "1.50");
    assertEquals(201, first.status(), first::toString);
    assertEquals("1.50", first.json().getString("hours"));
    assertEquals("1.50", volunteerHours(org, volunteer[0]));
    assertEquals("1.50", beneficiaryHours(org, parent));

    Http.Resp over = transfer(self, org, volunteer[0], parent, "0.75");
    assertEquals(422, over.status(), over::toString);
    assertEquals("FAMILY_TRANSFER_LIMIT_EXCEEDED", over.code());

    Http.Resp upToTheLimit = transfer(org.staff().http(), org, volunteer[0], parent, "0.50");
    assertEquals(201, upToTheLimit.status(), upToTheLimit::toString);
    assertEquals("1.00", volunteerHours(org, volunteer[0]));
    assertEquals("2.00", beneficiaryHours(org, parent));
    Http.Resp beyond = transfer(self, org, volunteer[0], parent, "0.05");
    assertEquals("FAMILY_TRANSFER_LIMIT_EXCEEDED", beyond.code(), beyond::toString);

    String poor = world.activeVolunteer();
    approved(world, poor, 30);
    String poorParent = beneficiary(org, poor, "PARENT", 1948);
    Http.Resp broke = transfer(org.staff().http(), org, poor, poorParent, "1");
    assertEquals(422, broke.status(), broke::toString);
    assertEquals("INSUFFICIENT_BALANCE", broke.code());
    Http.Resp notHers = transfer(org.staff().http(), org, poor, parent, "0.10");
    assertEquals(422, notHers.status(), notHers::toString);
    assertEquals("NOT_FAMILY_OF_VOLUNTEER", notHers.code());

    Http.Resp others = transfer(self, org, poor, poorParent, "0.10");
    assertEquals(404, others.status(), "a volunteer transfers only their own hours");
    assertEquals("0.50", volunteerHours(org, poor));

    Http.Resp list = self.get(org.path() + "/time-bank/family-transfers");
    assertEquals(200, list.status(), list::toString);
    assertEquals(2, list.json().getJsonArray("items").size(), list::toString);
    Http.Resp staffList =
        org.staff().http().get(org.path() + "/time-bank/family-transfers?volunteerId=" + poor);
    assertEquals(0, staffList.json().getJsonArray("items").size(), staffList::toString);
    invariantsHold(org);
  }

  @Test
  void concurrentTransfersNeverExceedTheYearlyLimit() throws Exception {
    Fixture.TestOrg org = fx.createOrg("tbfcc" + Ids.suffix());
    VolunteerWorld world = new VolunteerWorld(org);
    Http.Resp rules =
        org.admin()
            .http()
            .post(
                org.path() + "/time-bank/rules",
                "{\"effectiveFrom\":\""
                    + LocalDate.now(CHINA)
                    + "\",\"familyTransferMaxHoursPerYear\":2}");
    assertEquals(201, rules.status(), rules::toString);
    String volunteer = world.activeVolunteer();
    approved(world, volunteer, 600);
    String parent = beneficiary(org, volunteer, "PARENT", 1945);
    String spouse = beneficiary(org, volunteer, "SPOUSE", 1955);
    Http staff = org.staff().http();

    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Http.Resp>> results = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String to = i % 2 == 0 ? parent : spouse;
      results.add(pool.submit(() -> transfer(staff, org, volunteer, to, "0.50")));
    }
    Map<String, Integer> outcomes = new HashMap<>();
    for (Future<Http.Resp> f : results) {
      Http.Resp r = f.get(120, TimeUnit.SECONDS);
      assertTrue(r.status() == 201 || r.status() == 422, r::toString);
      outcomes.merge(r.status() == 201 ? "ok" : r.code(), 1, Integer::sum);
    }
    pool.shutdown();
    assertEquals(4, outcomes.get("ok"), outcomes::toString);
    assertEquals(8, outcomes.get("FAMILY_TRANSFER_LIMIT_EXCEEDED"), outcomes::toString);
    assertEquals("8.00", volunteerHours(org, volunteer));
    assertEquals(
        new BigDecimal("2.00"),
        new BigDecimal(beneficiaryHours(org, parent))
            .add(new BigDecimal(beneficiaryHours(org, spouse))));
    invariantsHold(org);
  }
}
