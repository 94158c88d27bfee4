package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Implausible values and identity clashes are refused with a 4xx naming the field, and write
 * nothing: no organization, person, volunteer or login is left behind.
 */
class PlausibilityIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);

  private static long count(String table) {
    return Db.count(table);
  }

  private static String field(Http.Resp resp) {
    return resp.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private static void assertRefused(Http.Resp resp, int status, String code, String field) {
    assertEquals(status, resp.status(), resp::toString);
    assertEquals(code, resp.code(), resp::toString);
    assertEquals(field, field(resp), resp::toString);
  }

  private static JsonObject with(JsonObject body, String name, String value) {
    return Json.createObjectBuilder(body).add(name, value).build();
  }

  private static String newOrgCode() {
    return "pl-" + Ids.suffix();
  }

  private static JsonObject newOrg(String code) {
    return Fixture.orgBody(code, Fixture.person("首任管理员", "first@" + code + ".test"));
  }

  /** A valid 统一社会信用代码 starting with the given registration authority and category. */
  private static String creditCode(String prefix) {
    String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    StringBuilder code = new StringBuilder(prefix).append("320106");
    for (int i = 0; i < 9; i++) {
      code.append(chars.charAt(ThreadLocalRandom.current().nextInt(10)));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += chars.indexOf(code.charAt(i)) * weights[i];
    }
    return code.append(chars.charAt((31 - sum % 31) % 31)).toString();
  }

  private void assertNoOrg(String code) {
    assertEquals(404, fx.platform().get("/api/v1/platform/orgs/" + code).status(), "no org");
  }

  @Test
  void anOrganizationWhoseFirstAdminHasTheEmailOfAnotherLoginIs409AndWritesNothing() {
    String code = newOrgCode();
    long people = count("person");
    JsonObject admin = Fixture.person("新管理员", fx.b.staff().email());
    Http.Resp resp = fx.platform().post("/api/v1/platform/orgs", Fixture.orgBody(code, admin));
    assertRefused(resp, 409, "EMAIL_TAKEN", "email");
    assertNoOrg(code);
    assertEquals(people, count("person"), "no person written");
  }

  @Test
  void aVolunteerWithTheEmailOfAnotherLoginIs409AndWritesNothing() {
    long people = count("person");
    long volunteers = count("volunteer");
    Http.Resp resp =
        a.register(
            VolunteerWorld.registration(Ids.residentId())
                .add("email", fx.a.volunteer().email())
                .build());
    assertRefused(resp, 409, "EMAIL_TAKEN", "email");
    assertEquals(people, count("person"), "no person written");
    assertEquals(volunteers, count("volunteer"), "no volunteer written");
  }

  @Test
  void anEmptyEmailIs400() {
    long people = count("person");
    Http.Resp resp =
        a.register(VolunteerWorld.registration(Ids.residentId()).add("email", "").build());
    assertRefused(resp, 400, "EMAIL_EMPTY", "email");
    assertEquals(people, count("person"), "no person written");
  }

  @Test
  void aLoginCreatedForARegistrationThatFailsIsRemovedAgain() {
    String idNumber = Ids.residentId();
    assertEquals(201, a.register(VolunteerWorld.registration(idNumber).build()).status());
    String email = "again-" + Ids.suffix() + "@login.test";
    Http.Resp again = a.register(VolunteerWorld.registration(idNumber).add("email", email).build());
    assertEquals(409, again.status(), again::toString);
    assertEquals("ALREADY_REGISTERED", again.code());
    assertFalse(Keycloak.userExists(email), "the login made for the failed registration is gone");
  }

  @Test
  void aKnownIdNumberUnderAnotherNameIs409WithoutShowingTheName() {
    String idNumber = Ids.residentId();
    assertEquals(201, a.register(VolunteerWorld.registration(idNumber).build()).status());
    long people = count("person");
    Http.Resp resp =
        new VolunteerWorld(fx.b)
            .register(VolunteerWorld.registration(idNumber).add("name", "冒名者").build());
    assertRefused(resp, 409, "ID_NUMBER_NAME_MISMATCH", "idNumber");
    assertFalse(resp.body().contains("志愿者"), "the registered name is not disclosed");
    assertEquals(people, count("person"));
  }

  @Test
  void regionCodesMustBeGbT2260Divisions() {
    long volunteers = count("volunteer");
    Http.Resp volunteer =
        a.register(
            VolunteerWorld.registration(Ids.residentId()).add("regionCode", "000000").build());
    assertRefused(volunteer, 400, "UNKNOWN_REGION_CODE", "regionCode");
    assertEquals(volunteers, count("volunteer"));

    String code = newOrgCode();
    Http.Resp org =
        fx.platform().post("/api/v1/platform/orgs", with(newOrg(code), "regionCode", "329999"));
    assertRefused(org, 400, "UNKNOWN_REGION_CODE", "regionCode");
    assertNoOrg(code);
  }

  private static JsonObjectBuilder passportHolder(String birthDate) {
    return VolunteerWorld.registration("P" + Ids.suffix().toUpperCase() + "9")
        .add("idType", "PASSPORT")
        .add("gender", "FEMALE")
        .add("birthDate", birthDate);
  }

  @Test
  void birthDatesInYearZeroOrMoreThan120YearsAgoAre400() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    long people = count("person");
    assertRefused(
        a.register(passportHolder("0000-01-01").build()),
        400,
        "IMPLAUSIBLE_BIRTH_DATE",
        "birthDate");
    assertRefused(
        a.register(passportHolder(today.minusYears(136).toString()).build()),
        400,
        "IMPLAUSIBLE_BIRTH_DATE",
        "birthDate");
    assertEquals(people, count("person"));
    Http.Resp plausible = a.register(passportHolder(today.minusYears(100).toString()).build());
    assertEquals(201, plausible.status(), plausible::toString);
  }

  @Test
  void shiftsInYearZeroOrEndingInYear9999Are400() {
    String activity = a.publishedActivity();
    String shifts = fx.a.path() + "/activities/" + activity + "/shifts";
    Http staff = fx.a.staff().http();
    long before = count("shift");
    OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).withNano(0);
    assertRefused(
        staff.post(shifts, shift("0000-01-01T09:00:00Z", "0000-01-01T11:00:00Z")),
        400,
        "SHIFT_START_OUT_OF_RANGE",
        "startsAt");
    assertRefused(
        staff.post(
            shifts,
            shift(tomorrow.plusYears(5).toString(), tomorrow.plusYears(5).plusHours(2).toString())),
        400,
        "SHIFT_START_OUT_OF_RANGE",
        "startsAt");
    assertRefused(
        staff.post(shifts, shift(tomorrow.toString(), "9999-12-31T23:00:00Z")),
        400,
        "SHIFT_TOO_LONG",
        "endsAt");
    assertEquals(before, count("shift"), "no shift written");
    Http.Resp day =
        staff.post(shifts, shift(tomorrow.toString(), tomorrow.plusHours(24).toString()));
    assertEquals(201, day.status(), day::toString);
  }

  private static JsonObject shift(String startsAt, String endsAt) {
    return Json.createObjectBuilder()
        .add("startsAt", startsAt)
        .add("endsAt", endsAt)
        .add("capacity", 5)
        .build();
  }

  @Test
  void aCreditCodeMustFitTheKindOfOrganization() {
    String foundation = newOrgCode();
    JsonObject body =
        Json.createObjectBuilder(newOrg(foundation))
            .add("type", "FOUNDATION")
            .add("creditCode", creditCode("52"))
            .build();
    assertRefused(
        fx.platform().post("/api/v1/platform/orgs", body),
        400,
        "CREDIT_CODE_KIND_MISMATCH",
        "creditCode");
    assertNoOrg(foundation);

    String buyer = newOrgCode();
    JsonObject socialCodeForABuyer =
        Json.createObjectBuilder(newOrg(buyer))
            .add("type", "GOVERNMENT_BUYER")
            .add("creditCode", creditCode("51"))
            .build();
    assertRefused(
        fx.platform().post("/api/v1/platform/orgs", socialCodeForABuyer),
        400,
        "CREDIT_CODE_KIND_MISMATCH",
        "creditCode");
    assertNoOrg(buyer);

    Http.Resp fitting =
        fx.platform()
            .post(
                "/api/v1/platform/orgs", with(socialCodeForABuyer, "creditCode", creditCode("11")));
    assertEquals(201, fitting.status(), fitting::toString);
    assertTrue(fitting.json().getString("creditCode").startsWith("11"));
  }
}
