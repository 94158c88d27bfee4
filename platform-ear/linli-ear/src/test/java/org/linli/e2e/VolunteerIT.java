package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/** Real-name volunteer registration, age rules, one person in two organizations, status flow. */
class VolunteerIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final VolunteerWorld b = new VolunteerWorld(fx.b);

  /** A resident ID number of someone who is {@code years} old (plus a few days) today. */
  static String idOfAge(int years) {
    String birth =
        LocalDate.now().minusYears(years).minusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE);
    String first17 = "320106" + birth + String.format("%03d", (int) (Math.random() * 1000));
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * w[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  @Test
  void registrationGivesAVolunteerNumberAndNeverEchoesTheIdNumber() {
    String idNumber = Ids.residentId();
    Http.Resp created = a.register(VolunteerWorld.registration(idNumber).build());
    assertEquals(201, created.status(), created::toString);
    assertEquals("PENDING", created.json().getString("status"));
    assertTrue(created.json().getString("volunteerNo").matches("20\\d{8}"), created::toString);
    assertFalse(created.body().contains(idNumber));
    assertEquals(
        idNumber.substring(6, 10),
        created.json().getString("birthDate").substring(0, 4),
        "birth date from the ID");

    Http.Resp again = a.register(VolunteerWorld.registration(idNumber).build());
    assertEquals(409, again.status());
    assertEquals("ALREADY_REGISTERED", again.code());
  }

  @Test
  void onePersonWithTwoOrganizationsIsOnePlatformPersonWithTwoProfiles() throws SQLException {
    String idNumber = Ids.residentId();
    Http.Resp inA = a.register(VolunteerWorld.registration(idNumber).build());
    Http.Resp inB =
        b.register(
            VolunteerWorld.registration(idNumber)
                .add("skills", Json.createArrayBuilder().add("music"))
                .build());
    assertEquals(201, inA.status(), inA::toString);
    assertEquals(201, inB.status(), inB::toString);
    assertEquals(
        404,
        fx.b
            .staff()
            .http()
            .get(fx.b.path() + "/volunteers/" + inA.json().getString("id"))
            .status());
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(DISTINCT person_id), count(*) FROM volunteer WHERE id IN ('"
                        + inA.json().getString("id")
                        + "','"
                        + inB.json().getString("id")
                        + "')")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "one platform person");
      assertEquals(2, rs.getInt(2), "two organization profiles");
    }
  }

  @Test
  void ageRules() {
    Http.Resp tooYoung = a.register(VolunteerWorld.registration(idOfAge(13)).build());
    assertEquals(422, tooYoung.status(), tooYoung::toString);
    assertEquals("TOO_YOUNG", tooYoung.code());

    Http.Resp noConsent = a.register(VolunteerWorld.registration(idOfAge(15)).build());
    assertEquals(422, noConsent.status());
    assertEquals("GUARDIAN_CONSENT_REQUIRED", noConsent.code());

    var guardian =
        Json.createObjectBuilder()
            .add("name", "母亲")
            .add("phone", Ids.phone())
            .add("relation", "母亲");
    Http.Resp withConsent =
        a.register(VolunteerWorld.registration(idOfAge(15)).add("guardian", guardian).build());
    assertEquals(201, withConsent.status(), withConsent::toString);
    assertTrue(withConsent.json().getBoolean("guardianConsent"));

    Http.Resp selfSupporting =
        a.register(VolunteerWorld.registration(idOfAge(17)).add("selfSupporting", true).build());
    assertEquals(201, selfSupporting.status(), selfSupporting::toString);
  }

  @Test
  void invalidRegistrationsAre400() {
    Http.Resp noConsent =
        a.register(
            VolunteerWorld.registration(Ids.residentId()).add("privacyConsent", false).build());
    assertEquals(400, noConsent.status());
    Http.Resp badId = a.register(VolunteerWorld.registration("320106199001011234").build());
    assertEquals(400, badId.status());
    assertEquals("INVALID_ID_NUMBER", badId.code());
    Http.Resp badType =
        a.register(
            VolunteerWorld.registration(Ids.residentId()).add("idType", "DRIVING_LICENCE").build());
    assertEquals(400, badType.status());
    assertEquals("UNSUPPORTED_ID_TYPE", badType.code());
  }

  @Test
  void statusFollowsItsLifecycleAndIsAudited() throws SQLException {
    Http staff = fx.a.staff().http();
    String id =
        a.register(VolunteerWorld.registration(Ids.residentId()).build()).json().getString("id");
    String path = fx.a.path() + "/volunteers/" + id + "/status";
    assertEquals("ACTIVE", staff.post(path, "{\"status\":\"ACTIVE\"}").json().getString("status"));
    assertEquals(
        "SUSPENDED",
        staff
            .post(path, "{\"status\":\"SUSPENDED\",\"reason\":\"投诉核查\"}")
            .json()
            .getString("status"));
    assertEquals("ACTIVE", staff.post(path, "{\"status\":\"ACTIVE\"}").json().getString("status"));
    assertEquals("LEFT", staff.post(path, "{\"status\":\"LEFT\"}").json().getString("status"));
    Http.Resp back = staff.post(path, "{\"status\":\"ACTIVE\"}");
    assertEquals(409, back.status());
    assertEquals("INVALID_STATUS_TRANSITION", back.code());
    assertEquals(400, staff.post(path, "{\"status\":\"GONE\"}").status());
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT count(*) FROM audit_record WHERE entity_id = '" + id + "'")) {
      rs.next();
      assertEquals(5, rs.getInt(1), "registration and four status changes are audited");
    }
    assertEquals(403, fx.a.volunteer().http().get(fx.a.path() + "/volunteers").status());
  }

  @Test
  void aSignedInPersonAppliesToAnotherOrganizationWithTheirOwnIdentityOnly() {
    JsonObject person = Fixture.person("自荐", "self-" + Ids.suffix() + "@v.test");
    Http.Resp invited =
        fx.a
            .admin()
            .http()
            .post(fx.a.path() + "/members", Fixture.inviteBody(person, java.util.List.of("staff")));
    assertEquals(201, invited.status(), invited::toString);
    org.linli.e2e.support.Keycloak.setPassword(person.getString("email"), Fixture.PASSWORD);
    Http self =
        Http.as(org.linli.e2e.support.Keycloak.token(person.getString("email"), Fixture.PASSWORD));
    String applications = fx.b.path() + "/volunteers/applications";

    Http.Resp someoneElse =
        self.post(applications, VolunteerWorld.registration(Ids.residentId()).build());
    assertEquals(422, someoneElse.status(), someoneElse::toString);
    assertEquals("ID_MISMATCH", someoneElse.code());

    Http.Resp applied =
        self.post(applications, VolunteerWorld.registration(person.getString("idNumber")).build());
    assertEquals(201, applied.status(), applied::toString);
    assertEquals("SELF", applied.json().getString("registeredBy"));
    assertEquals("PENDING", applied.json().getString("status"));
    assertEquals(
        409,
        self.post(applications, VolunteerWorld.registration(person.getString("idNumber")).build())
            .status());
    assertEquals(
        403, self.get(fx.b.path() + "/activities").status(), "an applicant is not a member yet");

    String id = applied.json().getString("id");
    assertEquals(
        200,
        fx.b
            .staff()
            .http()
            .post(fx.b.path() + "/volunteers/" + id + "/status", "{\"status\":\"ACTIVE\"}")
            .status());
    assertEquals(
        200, self.get(fx.b.path() + "/activities").status(), "activated: now a volunteer of B");

    assertEquals(
        404,
        self.post(
                "/api/v1/orgs/no-such-org/volunteers/applications",
                VolunteerWorld.registration(person.getString("idNumber")).build())
            .status());
  }

  @Test
  void aPassportHolderRegistersWithBirthDateAndGenderGiven() {
    String passport = "E" + (10_000_000 + (int) (Math.random() * 89_999_999));
    var base = VolunteerWorld.registration(passport).add("idType", "PASSPORT");
    Http.Resp missing = a.register(base.build());
    assertEquals(400, missing.status(), missing::toString);
    assertEquals("REQUIRED_FOR_DOCUMENT", missing.code());
    Http.Resp created =
        a.register(
            VolunteerWorld.registration(passport)
                .add("idType", "PASSPORT")
                .add("birthDate", "1990-05-01")
                .add("gender", "FEMALE")
                .build());
    assertEquals(201, created.status(), created::toString);
    assertEquals("1990-05-01", created.json().getString("birthDate"));
    assertFalse(created.body().contains(passport));
    Http.Resp badShape =
        a.register(VolunteerWorld.registration("12").add("idType", "PASSPORT").build());
    assertEquals(400, badShape.status());
    assertEquals("INVALID_ID_NUMBER", badShape.code());
  }
}
