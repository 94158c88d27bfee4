package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/**
 * The conveniences the staff console relies on: volunteer search ({@code q}) with status and cursor
 * paging, the volunteer's person id, volunteer names in the record, correction and sign-up lists,
 * and one shift by id.
 */
class StaffConsoleApiIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final VolunteerWorld b = new VolunteerWorld(fx.b);

  private static Http staffA() {
    return fx.a.staff().http();
  }

  /** Registers a volunteer with this name and phone in org A; returns the created view. */
  private static JsonObject registered(String name, String phone) {
    Http.Resp created =
        a.register(
            VolunteerWorld.registration(Ids.residentId())
                .add("name", name)
                .add("phone", phone)
                .build());
    assertEquals(201, created.status(), created::toString);
    return created.json();
  }

  private static Http.Resp search(Http http, String org, String query) {
    return http.get(org + "/volunteers?limit=100&q=" + URLEncoder.encode(query, UTF8));
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static List<String> ids(Http.Resp page) {
    assertEquals(200, page.status(), page::toString);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("id"))
        .toList();
  }

  @Test
  void searchFindsAVolunteerByNameNumberAndPhone() {
    String tag = Ids.suffix();
    String phone = Ids.phone();
    JsonObject target = registered("检索" + tag + "张三", phone);
    JsonObject other = registered("检索" + tag + "李四", Ids.phone());
    String id = target.getString("id");

    List<String> byName = ids(search(staffA(), fx.a.path(), "检索" + tag));
    assertEquals(Set.of(id, other.getString("id")), Set.copyOf(byName));
    assertEquals(2, byName.size());
    assertEquals(List.of(id), ids(search(staffA(), fx.a.path(), tag + "张")), "name contains");
    assertEquals(List.of(id), ids(search(staffA(), fx.a.path(), target.getString("volunteerNo"))));
    assertTrue(ids(search(staffA(), fx.a.path(), phone.substring(7))).contains(id), "last 4");
    assertFalse(
        ids(search(staffA(), fx.a.path(), phone.substring(7))).contains(other.getString("id")));
    assertEquals(List.of(id), ids(search(staffA(), fx.a.path(), phone)), "full number");
    String spaced =
        "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
    assertEquals(List.of(id), ids(search(staffA(), fx.a.path(), spaced)), "as people type it");
    assertEquals(List.of(), ids(search(staffA(), fx.a.path(), "检索" + tag + "%")), "% is text");
    assertEquals(List.of(), ids(search(staffA(), fx.a.path(), "no-such-" + tag)));
  }

  @Test
  void searchCombinesWithStatusAndPagesWithItsCursor() {
    String tag = Ids.suffix();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.add(registered("翻页" + tag + i, Ids.phone()).getString("id"));
    }
    String active = all.get(1);
    assertEquals(
        200,
        staffA()
            .post(fx.a.path() + "/volunteers/" + active + "/status", "{\"status\":\"ACTIVE\"}")
            .status());
    String q = URLEncoder.encode("翻页" + tag, UTF8);
    assertEquals(
        List.of(active),
        ids(staffA().get(fx.a.path() + "/volunteers?status=ACTIVE&q=" + q)),
        "status and text together");

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Http.Resp page =
          staffA()
              .get(
                  fx.a.path()
                      + "/volunteers?limit=1&q="
                      + q
                      + (cursor == null ? "" : "&cursor=" + cursor));
      seen.addAll(ids(page));
      cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 10);
    assertEquals(3, seen.size(), "pages of one match each, none twice: " + seen);
    assertEquals(Set.copyOf(all), Set.copyOf(seen));
  }

  @Test
  void searchNeverReachesAnotherOrganization() {
    String tag = Ids.suffix();
    String phone = Ids.phone();
    String inA = registered("隔离" + tag, phone).getString("id");
    Http staffB = fx.b.staff().http();
    assertEquals(List.of(), ids(search(staffB, fx.b.path(), "隔离" + tag)));
    assertEquals(List.of(), ids(search(staffB, fx.b.path(), phone)));
    assertFalse(ids(search(staffB, fx.b.path(), phone.substring(7))).contains(inA));
    assertEquals(403, search(staffB, fx.a.path(), "隔离" + tag).status());
  }

  @Test
  void aBadSearchTextIsAFieldError() {
    Http.Resp tooLong = search(staffA(), fx.a.path(), "长".repeat(51));
    assertEquals(400, tooLong.status(), tooLong::toString);
    assertEquals("INVALID_SEARCH", tooLong.code());
    assertEquals("q", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(200, search(staffA(), fx.a.path(), "长".repeat(50)).status());
    assertEquals(200, staffA().get(fx.a.path() + "/volunteers?q=").status(), "blank: no filter");
  }

  @Test
  void theVolunteerViewNamesThePersonOfItsMemberIdentity() {
    String[] withLogin = a.activeVolunteerWithLogin();
    JsonObject view = staffA().get(fx.a.path() + "/volunteers/" + withLogin[0]).json();
    String personId = view.getString("personId");
    assertNotNull(personId);
    Http.Resp identity =
        fx.a.admin().http().get(fx.a.path() + "/members/" + personId + "/identity");
    assertEquals(200, identity.status(), identity::toString);
    assertEquals(view.getString("name"), identity.json().getString("name"));
  }

  @Test
  void recordCorrectionAndSignupListsNameTheVolunteer() {
    String[] v = a.activeVolunteerWithLogin();
    JsonObject volunteer = staffA().get(fx.a.path() + "/volunteers/" + v[0]).json();
    String name = volunteer.getString("name");

    String pending = a.enterRecord(v[0], VolunteerWorld.facts(30, 1, 60)).json().getString("id");
    JsonObject queued =
        find(staffA().get(fx.a.path() + "/service-records?status=PENDING&limit=100"), pending);
    assertEquals(name, queued.getString("volunteerName"), "review queue");
    assertEquals(volunteer.getString("volunteerNo"), queued.getString("volunteerNo"));
    JsonObject overdue =
        find(staffA().get(fx.a.path() + "/service-records/overdue?limit=100"), pending);
    assertEquals(name, overdue.getString("volunteerName"), "overdue list");

    String approved = a.enterRecord(v[0], VolunteerWorld.facts(5, 1, 60)).json().getString("id");
    assertEquals(200, a.review("APPROVE", null, approved).status());
    Http.Resp asked =
        Http.as(v[1])
            .post(
                fx.a.path() + "/correction-requests",
                Json.createObjectBuilder()
                    .add("recordId", approved)
                    .add("message", "多了半小时")
                    .build());
    assertEquals(201, asked.status(), asked::toString);
    JsonObject request =
        find(
            staffA().get(fx.a.path() + "/correction-requests?limit=100"),
            asked.json().getString("id"));
    assertEquals(name, request.getString("volunteerName"), "correction requests");

    String shift = a.shift(a.publishedActivity(), 5, 3, 2, List.of());
    Http.Resp signup = a.signUp(shift, v[0]);
    assertEquals(201, signup.status(), signup::toString);
    assertEquals(name, signup.json().getString("volunteerName"));
    JsonObject listed =
        find(
            staffA().get(fx.a.path() + "/shifts/" + shift + "/signups"),
            signup.json().getString("id"));
    assertEquals(name, listed.getString("volunteerName"), "sign-ups");
    assertEquals(volunteer.getString("volunteerNo"), listed.getString("volunteerNo"));
  }

  private static JsonObject find(Http.Resp page, String id) {
    assertEquals(200, page.status(), page::toString);
    JsonArray items = page.json().getJsonArray("items");
    return items.getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + page.body()));
  }

  @Test
  void oneShiftByIdWithinItsActivityOnly() {
    String activity = a.publishedActivity();
    String shift = a.shift(activity, 4, 5, 3, List.of());
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).withNano(0);
    Http.Resp created =
        staffA()
            .post(
                fx.a.path() + "/activities/" + activity + "/shifts",
                Json.createObjectBuilder()
                    .add("startsAt", start.toString())
                    .add("endsAt", start.plusHours(2).toString())
                    .add("capacity", 2)
                    .build());
    assertEquals(201, created.status(), created::toString);
    // The Location is the new shift's own URL: following it answers the shift. (RESTEasy resolves
    // a relative Location against the application's base /api/, so a path starting /api/ would
    // come back as /api/api/...: resources name "v1/...".)
    String location = created.header("Location");
    assertEquals(
        TestEnv.baseUrl()
            + "/api/v1/orgs/"
            + fx.a.code()
            + "/activities/"
            + activity
            + "/shifts/"
            + created.json().getString("id"),
        location);
    Http.Resp followed = staffA().get(location);
    assertEquals(200, followed.status(), followed::toString);
    assertEquals(created.json().getString("id"), followed.json().getString("id"));

    Http.Resp one = staffA().get(fx.a.path() + "/activities/" + activity + "/shifts/" + shift);
    assertEquals(200, one.status(), one::toString);
    assertEquals(shift, one.json().getString("id"));
    assertEquals(activity, one.json().getString("activityId"));
    assertEquals(4, one.json().getInt("capacity"));
    assertEquals(0, one.json().getInt("confirmed"));
    assertEquals(
        200,
        fx.a
            .volunteer()
            .http()
            .get(fx.a.path() + "/activities/" + activity + "/shifts/" + shift)
            .status());

    String otherActivity = a.publishedActivity();
    Http.Resp wrongActivity =
        staffA().get(fx.a.path() + "/activities/" + otherActivity + "/shifts/" + shift);
    assertEquals(404, wrongActivity.status());
    assertEquals("SHIFT_NOT_FOUND", wrongActivity.code());
    Http.Resp unknown = staffA().get(fx.a.path() + "/activities/" + activity + "/shifts/nope");
    assertEquals(404, unknown.status());

    String activityB = b.publishedActivity();
    String shiftB = b.shift(activityB, 2, 5, 3, List.of());
    assertEquals(
        404,
        staffA().get(fx.a.path() + "/activities/" + activity + "/shifts/" + shiftB).status(),
        "another organization's shift under one's own activity");
    assertEquals(
        404, staffA().get(fx.a.path() + "/activities/" + activityB + "/shifts/" + shiftB).status());
  }
}
