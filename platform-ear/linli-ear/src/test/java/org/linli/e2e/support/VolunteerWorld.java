package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Builds volunteers, activities and shifts of one organization through its staff API. */
public final class VolunteerWorld {
  private final Fixture.Member staffMember;
  private Http staff;
  private Instant staffSignedInAt;
  private final String base;

  public VolunteerWorld(Fixture.TestOrg org) {
    this.staffMember = org.staff();
    this.base = org.path();
  }

  /**
   * The staff member's client, signed in again before its token (5 minutes) runs out: a world built
   * when its class was first touched may be used minutes later, after other test classes.
   */
  private synchronized Http staff() {
    if (staff == null || staffSignedInAt.isBefore(Instant.now().minusSeconds(240))) {
      staff = staffMember.http();
      staffSignedInAt = Instant.now();
    }
    return staff;
  }

  public static JsonObjectBuilder registration(String idNumber) {
    return Json.createObjectBuilder()
        .add("name", "志愿者")
        .add("idNumber", idNumber)
        .add("phone", Ids.phone())
        .add("regionCode", "320106")
        .add("skills", Json.createArrayBuilder().add("first-aid"))
        .add("serviceCategories", Json.createArrayBuilder().add("elderly-care"))
        .add(
            "emergencyContact",
            Json.createObjectBuilder()
                .add("name", "家属")
                .add("phone", Ids.phone())
                .add("relation", "配偶"))
        .add("privacyConsent", true)
        .add("privacyNoticeVersion", "2026-01");
  }

  public Http.Resp register(JsonObject body) {
    return staff().post(base + "/volunteers", body);
  }

  /** A new ACTIVE volunteer; returns its id. */
  public String activeVolunteer() {
    return activeVolunteer(Ids.residentId());
  }

  public String activeVolunteer(String idNumber) {
    Http.Resp created = register(registration(idNumber).build());
    Keycloak.expect(created, 201);
    String id = created.json().getString("id");
    Keycloak.expect(
        staff().post(base + "/volunteers/" + id + "/status", "{\"status\":\"ACTIVE\"}"), 200);
    return id;
  }

  /** An active volunteer who can sign in: [volunteerId, token]. */
  public String[] activeVolunteerWithLogin() {
    return activeVolunteerWithLogin(Ids.residentId());
  }

  /** An active volunteer with this ID number who can sign in: [volunteerId, token]. */
  public String[] activeVolunteerWithLogin(String idNumber) {
    String email = "v-" + Ids.suffix() + "@login.test";
    Http.Resp created = register(registration(idNumber).add("email", email).build());
    Keycloak.expect(created, 201);
    String id = created.json().getString("id");
    Keycloak.expect(
        staff().post(base + "/volunteers/" + id + "/status", "{\"status\":\"ACTIVE\"}"), 200);
    Keycloak.setPassword(email, Fixture.PASSWORD);
    return new String[] {id, Keycloak.token(email, Fixture.PASSWORD)};
  }

  /** A published activity; returns its id. */
  public String publishedActivity() {
    JsonObject activity =
        Json.createObjectBuilder()
            .add("title", "社区助老服务")
            .add("serviceCategory", "elderly-care")
            .add("organizer", "阳光社工")
            .add("responsiblePerson", "李强")
            .add("address", "南京市鼓楼区湖南路1号")
            .add("latitude", 32.0603)
            .add("longitude", 118.7969)
            .add("checkinRadiusMeters", 200)
            .add("riskDisclosure", "户外活动，注意防暑")
            .add("insuranceArranged", true)
            .build();
    Http.Resp created = staff().post(base + "/activities", activity);
    Keycloak.expect(created, 201);
    String id = created.json().getString("id");
    Keycloak.expect(staff().post(base + "/activities/" + id + "/publish", null), 200);
    return id;
  }

  /** A shift at an exact time (past or future), {@code minutes} long. */
  public String shiftAt(String activityId, OffsetDateTime start, int minutes, int capacity) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("startsAt", start.toString())
            .add("endsAt", start.plusMinutes(minutes).toString())
            .add("capacity", capacity)
            .build();
    Http.Resp created = staff().post(base + "/activities/" + activityId + "/shifts", body);
    Keycloak.expect(created, 201);
    return created.json().getString("id");
  }

  /** A shift starting {@code daysAhead} days from now at the given UTC hour, 2 hours long. */
  public String shift(
      String activityId, int capacity, int daysAhead, int hour, List<String> skills) {
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC)
            .plusDays(daysAhead)
            .withHour(hour)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    JsonObject body =
        Json.createObjectBuilder()
            .add("startsAt", start.toString())
            .add("endsAt", start.plusHours(2).toString())
            .add("capacity", capacity)
            .add("requiredSkills", Json.createArrayBuilder(skills))
            .build();
    Http.Resp created = staff().post(base + "/activities/" + activityId + "/shifts", body);
    Keycloak.expect(created, 201);
    return created.json().getString("id");
  }

  /** Art. 7 facts of a service that started {@code daysAgo} days ago at the UTC hour. */
  public static JsonObject facts(int daysAgo, int hour, int minutes) {
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC)
            .minusDays(daysAgo)
            .withHour(hour)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    return Json.createObjectBuilder()
        .add("activityName", "社区助老服务")
        .add("serviceDate", start.toLocalDate().toString())
        .add("location", "南京市鼓楼区湖南路1号")
        .add("content", "陪伴老人、整理物资")
        .add("startedAt", start.toString())
        .add("endedAt", start.plusMinutes(minutes).toString())
        .add("organizer", "阳光社工")
        .add("responsiblePerson", "李强")
        .build();
  }

  public Http.Resp enterRecord(String volunteerId, JsonObject facts) {
    return staff()
        .post(
            base + "/service-records",
            Json.createObjectBuilder()
                .add("volunteerId", volunteerId)
                .add("facts", facts)
                .add("reason", "纸质签到表补录")
                .build());
  }

  public Http.Resp review(String decision, String note, String... recordIds) {
    return reviewWithKey(null, decision, note, recordIds);
  }

  /** A review sent with an Idempotency-Key (none when {@code key} is null). */
  public Http.Resp reviewWithKey(String key, String decision, String note, String... recordIds) {
    var body =
        Json.createObjectBuilder()
            .add("recordIds", Json.createArrayBuilder(List.of(recordIds)))
            .add("decision", decision);
    if (note != null) {
      body.add("note", note);
    }
    Http http = key == null ? staff() : staff().header("Idempotency-Key", key);
    return http.post(base + "/service-records/review", body.build());
  }

  public Http.Resp signUp(String shiftId, String volunteerId) {
    return staff()
        .post(
            base + "/shifts/" + shiftId + "/signups",
            Json.createObjectBuilder().add("volunteerId", volunteerId).build());
  }
}
