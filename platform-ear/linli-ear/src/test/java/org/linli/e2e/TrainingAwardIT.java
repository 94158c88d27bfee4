package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.VolunteerWorld;

/** Training (Art. 8) and award (Art. 9) records: entry, corrections, validation, one's own view. */
class TrainingAwardIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final VolunteerWorld b = new VolunteerWorld(fx.b);

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  static JsonObjectBuilder training(String course) {
    return Json.createObjectBuilder()
        .add("courseName", course)
        .add("organizer", "南京市鼓楼区志愿者协会")
        .add("trainingDate", today().minusDays(3).toString())
        .add("hours", "2.5")
        .add("content", "急救知识与心肺复苏实操")
        .add("outcome", "考核合格，颁发急救员证");
  }

  static JsonObjectBuilder award(String name) {
    return Json.createObjectBuilder()
        .add("awardName", name)
        .add("level", "DISTRICT")
        .add("awardingBody", "南京市鼓楼区民政局")
        .add("awardDate", today().minusDays(10).toString())
        .add("description", "疫情防控志愿服务表现突出");
  }

  static String trainings(Fixture.TestOrg org, String volunteer) {
    return org.path() + "/volunteers/" + volunteer + "/trainings";
  }

  static String awards(Fixture.TestOrg org, String volunteer) {
    return org.path() + "/volunteers/" + volunteer + "/awards";
  }

  static JsonArray array(Http.Resp resp) {
    assertEquals(200, resp.status(), resp::toString);
    return resp.json().getJsonArray("items");
  }

  static Set<String> errorFields(Http.Resp resp) {
    return resp.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .collect(Collectors.toSet());
  }

  @Test
  void staffRecordTrainingsAndAwardsAndListThem() {
    String volunteer = a.activeVolunteer();
    Http staff = fx.a.staff().http();
    Http.Resp t = staff.post(trainings(fx.a, volunteer), training("应急救护培训").build());
    assertEquals(201, t.status(), t::toString);
    assertEquals("2.50", t.json().getString("hours"));
    assertEquals(volunteer, t.json().getString("volunteerId"));
    Http.Resp w = fx.a.admin().http().post(awards(fx.a, volunteer), award("优秀志愿者").build());
    assertEquals(201, w.status(), w::toString);
    assertEquals("区级", w.json().getString("levelName"));

    JsonArray listed = array(staff.get(trainings(fx.a, volunteer)));
    assertEquals(1, listed.size());
    assertEquals("应急救护培训", listed.getJsonObject(0).getString("courseName"));
    assertEquals("考核合格，颁发急救员证", listed.getJsonObject(0).getString("outcome"));
    JsonArray awarded = array(staff.get(awards(fx.a, volunteer)));
    assertEquals("DISTRICT", awarded.getJsonObject(0).getString("level"));
    // The longer root paths do not hide VolunteersResource's own sub-paths.
    assertEquals(200, staff.get(fx.a.path() + "/volunteers/" + volunteer).status());
    assertEquals(200, staff.get(fx.a.path() + "/volunteers/" + volunteer + "/hours").status());
  }

  @Test
  void aCorrectionIsANewRecordAndTheOldOneStaysFlagged() {
    String volunteer = a.activeVolunteer();
    Http staff = fx.a.staff().http();
    String first =
        staff.post(trainings(fx.a, volunteer), training("消防培训").build()).json().getString("id");
    Http.Resp noReason =
        staff.post(trainings(fx.a, volunteer), training("消防安全培训").add("correctsId", first).build());
    assertEquals(400, noReason.status(), noReason::toString);
    assertEquals("REASON_REQUIRED", noReason.code());
    JsonObject fix =
        training("消防安全培训").add("correctsId", first).add("correctionReason", "课程名称有误").build();
    Http.Resp corrected = staff.post(trainings(fx.a, volunteer), fix);
    assertEquals(201, corrected.status(), corrected::toString);
    assertEquals(first, corrected.json().getString("correctsId"));
    Http.Resp again = staff.post(trainings(fx.a, volunteer), fix);
    assertEquals(409, again.status(), again::toString);
    assertEquals("TRAINING_ALREADY_CORRECTED", again.code());
    JsonArray listed = array(staff.get(trainings(fx.a, volunteer)));
    assertEquals(2, listed.size(), "kept, not replaced");
    for (JsonValue v : listed) {
      JsonObject r = v.asJsonObject();
      assertEquals(r.getString("id").equals(first), r.getBoolean("superseded"), r::toString);
    }

    String otherVolunteer = a.activeVolunteer();
    Http.Resp foreign =
        staff.post(
            trainings(fx.a, otherVolunteer),
            training("x").add("correctsId", first).add("correctionReason", "r").build());
    assertEquals(404, foreign.status(), "a record of another volunteer cannot be corrected");
    assertEquals("TRAINING_NOT_FOUND", foreign.code());

    String award =
        staff.post(awards(fx.a, volunteer), award("优秀志愿者").build()).json().getString("id");
    Http.Resp awardFix =
        staff.post(
            awards(fx.a, volunteer),
            award("五星志愿者").add("correctsId", award).add("correctionReason", "名称有误").build());
    assertEquals(201, awardFix.status(), awardFix::toString);
    assertTrue(
        array(staff.get(awards(fx.a, volunteer))).stream()
            .anyMatch(v -> v.asJsonObject().getBoolean("superseded")));
  }

  @Test
  void invalidRecordsAreRefusedWithFieldErrors() {
    String volunteer = a.activeVolunteer();
    Http staff = fx.a.staff().http();
    Http.Resp missing =
        staff.post(trainings(fx.a, volunteer), "{\"hours\":\"0\",\"content\":\"x\"}");
    assertEquals(400, missing.status(), missing::toString);
    assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
    assertEquals(Set.of("courseName", "organizer", "trainingDate", "hours"), errorFields(missing));
    Http.Resp notHours =
        staff.post(trainings(fx.a, volunteer), training("x").add("hours", "two").build());
    assertEquals(Set.of("hours"), errorFields(notHours));
    Http.Resp future =
        staff.post(
            trainings(fx.a, volunteer),
            training("x").add("trainingDate", today().plusDays(1).toString()).build());
    assertEquals(400, future.status(), future::toString);
    assertEquals("DATE_IN_FUTURE", future.code());
    assertEquals(Set.of("trainingDate"), errorFields(future));

    Http.Resp noAward = staff.post(awards(fx.a, volunteer), "{\"level\":\"DISTRICT\"}");
    assertEquals(
        Set.of("awardName", "awardingBody", "awardDate"), errorFields(noAward), noAward::toString);
    Http.Resp badLevel =
        staff.post(awards(fx.a, volunteer), award("x").add("level", "WORLD").build());
    assertEquals(400, badLevel.status());
    assertEquals("INVALID_LEVEL", badLevel.code());
    Http.Resp futureAward =
        staff.post(
            awards(fx.a, volunteer),
            award("x").add("awardDate", today().plusDays(2).toString()).build());
    assertEquals("DATE_IN_FUTURE", futureAward.code());

    for (String path : new String[] {trainings(fx.a, "no-such"), awards(fx.a, "no-such")}) {
      assertEquals("VOLUNTEER_NOT_FOUND", staff.get(path).code());
      Http.Resp post =
          staff.post(path, path.endsWith("trainings") ? training("x").build() : award("x").build());
      assertEquals(404, post.status(), post::toString);
      assertEquals("VOLUNTEER_NOT_FOUND", post.code());
    }
  }

  @Test
  void volunteersCannotWriteOrReadOthersRecordsThroughTheOrgPath() {
    String volunteer = a.activeVolunteer();
    Http self = fx.a.volunteer().http();
    assertEquals(403, self.post(trainings(fx.a, volunteer), training("x").build()).status());
    assertEquals(403, self.get(trainings(fx.a, volunteer)).status());
    assertEquals(403, self.post(awards(fx.a, volunteer), award("x").build()).status());
    assertEquals(403, self.get(awards(fx.a, volunteer)).status());
  }

  @Test
  void aVolunteerSeesTheirOwnTrainingsAndAwardsFromEveryOrganization() {
    String email = "ta-" + Ids.suffix() + "@v.test";
    String idNumber = Ids.residentId();
    Http.Resp inA = a.register(VolunteerWorld.registration(idNumber).add("email", email).build());
    assertEquals(201, inA.status(), inA::toString);
    String va = inA.json().getString("id");
    String vb = b.activeVolunteer(idNumber);
    Http staffA = fx.a.staff().http();
    Http staffB = fx.b.staff().http();
    assertEquals(201, staffA.post(trainings(fx.a, va), training("岗前培训").build()).status());
    String old =
        staffB
            .post(trainings(fx.b, vb), training("助老服务培训").add("hours", "1").build())
            .json()
            .getString("id");
    assertEquals(
        201,
        staffB
            .post(
                trainings(fx.b, vb),
                training("助老服务技能培训")
                    .add("hours", "1.5")
                    .add("correctsId", old)
                    .add("correctionReason", "时长有误")
                    .build())
            .status());
    assertEquals(201, staffB.post(awards(fx.b, vb), award("优秀志愿者").build()).status());

    Keycloak.setPassword(email, Fixture.PASSWORD);
    Http me = Http.as(Keycloak.token(email, Fixture.PASSWORD));
    Http.Resp mine = me.get("/api/v1/me/trainings");
    assertEquals(200, mine.status(), mine::toString);
    JsonArray items = mine.json().getJsonArray("trainings");
    assertEquals(3, items.size(), mine::toString);
    assertEquals("4.00", mine.json().getString("trainingHours"), "2.5 + 1.5, the corrected 1 not");
    assertTrue(mine.body().contains(fx.a.code()) && mine.body().contains(fx.b.code()));
    Http.Resp myAwards = me.get("/api/v1/me/awards");
    assertEquals(200, myAwards.status(), myAwards::toString);
    JsonArray awarded = myAwards.json().getJsonArray("awards");
    assertEquals(1, awarded.size());
    assertEquals(fx.b.code(), awarded.getJsonObject(0).getString("org"));

    Http other = fx.a.staff().http();
    assertEquals(0, other.get("/api/v1/me/trainings").json().getJsonArray("trainings").size());
    assertEquals(0, other.get("/api/v1/me/awards").json().getJsonArray("awards").size());
    assertEquals(401, Http.anonymous().get("/api/v1/me/trainings").status());
  }
}
