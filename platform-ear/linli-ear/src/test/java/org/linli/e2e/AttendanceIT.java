package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.VolunteerWorld;

/** Check-in and check-out by rotating code and geofence, manual attendance, missing check-outs. */
class AttendanceIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final double LAT = 32.0603;
  static final double LON = 118.7969;
  static String volunteerId;
  static Http volunteer;

  @BeforeAll
  static void aVolunteerWhoCanSignIn() {
    String email = "att-" + Ids.suffix() + "@v.test";
    Http.Resp registered =
        a.register(VolunteerWorld.registration(Ids.residentId()).add("email", email).build());
    assertEquals(201, registered.status(), registered::toString);
    volunteerId = registered.json().getString("id");
    assertEquals(
        200,
        fx.a
            .staff()
            .http()
            .post(fx.a.path() + "/volunteers/" + volunteerId + "/status", "{\"status\":\"ACTIVE\"}")
            .status());
    Keycloak.setPassword(email, Fixture.PASSWORD);
    volunteer = Http.as(Keycloak.token(email, Fixture.PASSWORD));
  }

  private static JsonObject scan(String code, double lat, double lon) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("latitude", lat)
        .add("longitude", lon)
        .build();
  }

  private static String code(String shift) {
    Http.Resp resp = fx.a.staff().http().get(fx.a.path() + "/shifts/" + shift + "/attendance/code");
    assertEquals(200, resp.status(), resp::toString);
    assertTrue(resp.json().getString("qrPayload").endsWith(resp.json().getString("code")));
    return resp.json().getString("code");
  }

  @Test
  void checkInAndOutWithTheDisplayedCodeInsideTheRadius() {
    String shift =
        a.shiftAt(
            a.publishedActivity(), OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10), 120, 5);
    Http.Resp signedUp = volunteer.post(fx.a.path() + "/shifts/" + shift + "/signups", "{}");
    assertEquals(201, signedUp.status(), "an activated volunteer signs up themselves: " + signedUp);
    String attendance = fx.a.path() + "/shifts/" + shift + "/attendance";

    Http.Resp wrongCode =
        volunteer.post(
            attendance + "/check-in",
            scan("000000".equals(code(shift)) ? "111111" : "000000", LAT, LON));
    assertEquals(422, wrongCode.status());
    assertEquals("INVALID_CHECKIN_CODE", wrongCode.code());
    Http.Resp farAway =
        volunteer.post(attendance + "/check-in", scan(code(shift), LAT + 0.01, LON));
    assertEquals(422, farAway.status());
    assertEquals("OUTSIDE_CHECKIN_RADIUS", farAway.code());

    Http.Resp in = volunteer.post(attendance + "/check-in", scan(code(shift), LAT + 0.0005, LON));
    assertEquals(200, in.status(), in::toString);
    assertEquals("OPEN", in.json().getString("status"));
    assertEquals(
        409, volunteer.post(attendance + "/check-in", scan(code(shift), LAT, LON)).status());

    Http.Resp out = volunteer.post(attendance + "/check-out", scan(code(shift), LAT, LON));
    assertEquals(200, out.status(), out::toString);
    assertEquals("CLOSED", out.json().getString("status"));
    assertTrue(
        !out.json().containsKey("recordId") || out.json().isNull("recordId"),
        "checked out before the shift began: travel time is not service time, no record");
    assertEquals(
        403, fx.a.volunteer().http().get(attendance).status(), "volunteers do not see the list");
    var items = fx.a.staff().http().get(attendance).json().getJsonArray("items");
    assertEquals(1, items.size());
    JsonObject staffView =
        fx.a.staff().http().get(fx.a.path() + "/volunteers/" + volunteerId).json();
    assertEquals(
        staffView.getString("name"),
        items.getJsonObject(0).getString("volunteerName"),
        "the list names who checked in, as the staff volunteer view does");
    assertEquals(
        staffView.getString("volunteerNo"), items.getJsonObject(0).getString("volunteerNo"));
    assertEquals(staffView.getString("name"), out.json().getString("volunteerName"));
  }

  @Test
  void manualAttendanceByStaffCreatesAStaffRecordForTheTimeInsideTheShift() {
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.HOURS);
    String shift = a.shiftAt(a.publishedActivity(), start, 120, 5);
    String walkIn = a.activeVolunteer();
    JsonObject body =
        Json.createObjectBuilder()
            .add("volunteerId", walkIn)
            .add("checkedInAt", start.minusMinutes(20).toString())
            .add("checkedOutAt", start.plusMinutes(100).toString())
            .add("reason", "现场报名，手机没电")
            .build();
    Http.Resp manual =
        fx.a.staff().http().post(fx.a.path() + "/shifts/" + shift + "/attendance/manual", body);
    assertEquals(200, manual.status(), manual::toString);
    assertEquals("MANUAL", manual.json().getString("method"));
    String recordId = manual.json().getString("recordId");
    JsonObject record =
        fx.a.staff().http().get(fx.a.path() + "/service-records/" + recordId).json();
    assertEquals(
        "1.67",
        record.getString("hours"),
        "100 minutes inside the shift; the 20 before do not count");
    assertEquals("STAFF", record.getString("source"));
    assertEquals("PENDING", record.getString("status"));
    JsonObject noReason = Json.createObjectBuilder(body).remove("reason").build();
    assertEquals(
        400,
        fx.a
            .staff()
            .http()
            .post(fx.a.path() + "/shifts/" + shift + "/attendance/manual", noReason)
            .status());
  }

  @Test
  void aMissingCheckoutIsFlaggedAndCappedAtTheShiftEnd() {
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.HOURS);
    String shift = a.shiftAt(a.publishedActivity(), start, 120, 5);
    String forgetful = a.activeVolunteer();
    JsonObject body =
        Json.createObjectBuilder()
            .add("volunteerId", forgetful)
            .add("checkedInAt", start.plusMinutes(30).toString())
            .add("reason", "签到设备故障，负责人确认到场")
            .build();
    assertEquals(
        200,
        fx.a
            .staff()
            .http()
            .post(fx.a.path() + "/shifts/" + shift + "/attendance/manual", body)
            .status());
    Http.Resp closed =
        fx.a
            .staff()
            .http()
            .post(fx.a.path() + "/shifts/" + shift + "/attendance/close-missing", null);
    assertEquals(200, closed.status(), closed::toString);
    JsonObject flagged =
        Json.createReader(new java.io.StringReader(closed.body())).readArray().getJsonObject(0);
    assertEquals("MISSING_CHECKOUT", flagged.getString("status"));
    JsonObject record =
        fx.a
            .staff()
            .http()
            .get(fx.a.path() + "/service-records/" + flagged.getString("recordId"))
            .json();
    assertEquals("1.50", record.getString("hours"), "capped at the shift end");
    assertNotNull(record.getString("entryReason"));

    String future =
        a.shiftAt(a.publishedActivity(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(1), 60, 5);
    Http.Resp early =
        fx.a
            .staff()
            .http()
            .post(fx.a.path() + "/shifts/" + future + "/attendance/close-missing", null);
    assertEquals(422, early.status());
    assertEquals("SHIFT_NOT_ENDED", early.code());
  }

  @Test
  void aSuspendedVolunteerLosesSelfServiceAtOnce() {
    String email = "sus-" + Ids.suffix() + "@v.test";
    String id =
        a.register(VolunteerWorld.registration(Ids.residentId()).add("email", email).build())
            .json()
            .getString("id");
    fx.a
        .staff()
        .http()
        .post(fx.a.path() + "/volunteers/" + id + "/status", "{\"status\":\"ACTIVE\"}");
    Keycloak.setPassword(email, Fixture.PASSWORD);
    Http self = Http.as(Keycloak.token(email, Fixture.PASSWORD));
    assertEquals(200, self.get(fx.a.path() + "/activities").status());
    fx.a
        .staff()
        .http()
        .post(fx.a.path() + "/volunteers/" + id + "/status", "{\"status\":\"SUSPENDED\"}");
    assertEquals(403, self.get(fx.a.path() + "/activities").status());
  }
}
