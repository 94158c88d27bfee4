package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.VolunteerWorld;

/**
 * The platform's working-day calendar (holidays and 调休 per year) and its use by the Art. 11 overdue
 * view. Year 2019 is this test's own: no other test enters it.
 */
class WorkingCalendarIT {
  static final Fixture fx = Fixture.get();
  static final String CALENDARS = "/api/v1/platform/calendars";
  static final VolunteerWorld world = new VolunteerWorld(fx.a);

  private static JsonObject arrangement(List<String> holidays, List<String> makeUps) {
    return Json.createObjectBuilder()
        .add("holidays", Json.createArrayBuilder(holidays))
        .add("makeUpWorkdays", Json.createArrayBuilder(makeUps))
        .add("source", "test arrangement")
        .build();
  }

  private static void assertFieldProblem(Http.Resp resp, String code, String field) {
    assertEquals(400, resp.status(), resp::toString);
    assertEquals(code, resp.code(), resp::toString);
    assertEquals(
        field,
        resp.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        resp::toString);
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void onlyThePlatformAdminReadsTheCalendarAnd2026IsSeeded() {
    assertEquals(401, Http.anonymous().get(CALENDARS).status());
    assertEquals(403, fx.a.admin().http().get(CALENDARS).status());
    assertEquals(403, fx.a.admin().http().get(CALENDARS + "/2026").status());
    assertEquals(
        403,
        fx.a
            .admin()
            .http()
            .header("If-Match", "\"0\"")
            .put(CALENDARS + "/2019", arrangement(List.of(), List.of()))
            .status());

    Http.Resp year = fx.platform().get(CALENDARS + "/2026");
    assertEquals(200, year.status(), year::toString);
    assertNotNull(year.header("ETag"));
    List<String> holidays = strings(year.json().getJsonArray("holidays"));
    List<String> makeUps = strings(year.json().getJsonArray("makeUpWorkdays"));
    assertTrue(
        holidays.containsAll(List.of("2026-02-17", "2026-10-01", "2026-01-01")),
        holidays::toString);
    assertEquals(
        List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
        makeUps);

    Http.Resp list = fx.platform().get(CALENDARS);
    assertEquals(200, list.status(), list::toString);
    assertTrue(
        list.json().getJsonArray("items").stream()
            .anyMatch(y -> y.asJsonObject().getInt("year") == 2026),
        list::toString);
    assertEquals(404, fx.platform().get(CALENDARS + "/2099").status());
  }

  @Test
  void invalidArrangementsAre400AndChangeNothing() {
    Http platform = fx.platform().header("If-Match", "\"0\"");
    String path = CALENDARS + "/2018";
    assertFieldProblem(
        platform.put(path, arrangement(List.of("2018-10-01", "2019-01-01"), List.of())),
        "CALENDAR_DATE_OUTSIDE_YEAR",
        "holidays[1]");
    assertFieldProblem(
        platform.put(path, arrangement(List.of(), List.of("2018-09-28"))),
        "CALENDAR_MAKE_UP_NOT_WEEKEND",
        "makeUpWorkdays[0]");
    assertFieldProblem(
        platform.put(path, arrangement(List.of("2018-09-29"), List.of("2018-09-29"))),
        "CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY",
        "makeUpWorkdays[0]");
    assertFieldProblem(
        platform.put(path, arrangement(List.of("2018-10-01", "2018-10-01"), List.of())),
        "CALENDAR_DATE_REPEATED",
        "holidays[1]");
    assertFieldProblem(
        platform.put(CALENDARS + "/1999", arrangement(List.of(), List.of())),
        "CALENDAR_YEAR_OUT_OF_RANGE",
        "year");
    assertFieldProblem(
        fx.platform().get(CALENDARS + "/twenty"), "CALENDAR_YEAR_OUT_OF_RANGE", "year");
    assertEquals(404, fx.platform().get(path).status(), "nothing was written");
  }

  @Test
  void aReplacementNeedsTheVersionRead() {
    Http.Resp missing = fx.platform().put(CALENDARS + "/2026", arrangement(List.of(), List.of()));
    assertEquals(428, missing.status(), missing::toString);
    Http.Resp stale =
        fx.platform()
            .header("If-Match", "\"999\"")
            .put(CALENDARS + "/2026", arrangement(List.of(), List.of()));
    assertEquals(412, stale.status(), stale::toString);
    Http.Resp stillThere = fx.platform().get(CALENDARS + "/2026");
    assertTrue(
        strings(stillThere.json().getJsonArray("holidays")).contains("2026-02-17"),
        "a refused replacement leaves the year as it was");
  }

  /** Pending, then looked up in the overdue view (walking its pages). */
  private static JsonObject overdueItem(String recordId) {
    Http staff = fx.a.staff().http();
    String cursor = null;
    do {
      JsonObject page =
          staff
              .get(
                  fx.a.path()
                      + "/service-records/overdue?limit=100"
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .json();
      for (var item : page.getJsonArray("items")) {
        if (item.asJsonObject().getString("id").equals(recordId)) {
          return item.asJsonObject();
        }
      }
      cursor = page.getString("nextCursor", null);
    } while (cursor != null);
    return null;
  }

  private static String recordServedOn(String volunteer, String date) {
    JsonObject facts =
        Json.createObjectBuilder(VolunteerWorld.facts(1, 1, 60))
            .add("serviceDate", date)
            .add("startedAt", date + "T01:00:00Z")
            .add("endedAt", date + "T02:00:00Z")
            .build();
    Http.Resp r = world.enterRecord(volunteer, facts);
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }

  @Test
  void theOverdueViewCountsHolidaysAndMakeUpDaysAndNamesEstimates() {
    String volunteer = world.activeVolunteer();
    // Thursday 2026-02-12, before the Spring Festival: 10 working days end on 4 March 2026 (the
    // holiday week skipped, the make-up Saturdays 14 and 28 February counted), not 26 February.
    String springFestival = recordServedOn(volunteer, "2026-02-12");
    JsonObject item = overdueItem(springFestival);
    assertNotNull(item, "pending long after its deadline");
    assertEquals("2026-03-04", item.getString("dueDate"));
    assertFalse(item.getBoolean("dueDateEstimated"));

    // Tuesday 2025-12-30: 2025 is not in the calendar (Monday to Friday), 2026 is: 1-3 January off,
    // Sunday 4 January worked, so 14 January; an estimate because of 2025.
    JsonObject newYear = overdueItem(recordServedOn(volunteer, "2025-12-30"));
    assertEquals("2026-01-14", newYear.getString("dueDate"));
    assertTrue(newYear.getBoolean("dueDateEstimated"));

    // Friday 2019-03-01: not in the calendar, so Monday to Friday until the arrangement is entered.
    String served2019 = recordServedOn(volunteer, "2019-03-01");
    JsonObject before = overdueItem(served2019);
    assertEquals("2019-03-15", before.getString("dueDate"));
    assertTrue(before.getBoolean("dueDateEstimated"));

    Http.Resp put =
        fx.platform()
            .header("If-Match", "\"0\"")
            .put(
                CALENDARS + "/2019",
                arrangement(
                    List.of("2019-03-08", "2019-03-04", "2019-03-05", "2019-03-06", "2019-03-07"),
                    List.of("2019-03-02")));
    assertEquals(200, put.status(), put::toString);
    assertEquals("\"1\"", put.header("ETag"));
    Http.Resp read = fx.platform().get(CALENDARS + "/2019");
    assertEquals(
        List.of("2019-03-04", "2019-03-05", "2019-03-06", "2019-03-07", "2019-03-08"),
        strings(read.json().getJsonArray("holidays")));
    assertEquals(List.of("2019-03-02"), strings(read.json().getJsonArray("makeUpWorkdays")));
    assertEquals("test arrangement", read.json().getString("source"));

    // Saturday 2 March worked, 4-8 March off: 21 March.
    JsonObject after = overdueItem(served2019);
    assertEquals("2019-03-21", after.getString("dueDate"));
    assertFalse(after.getBoolean("dueDateEstimated"));

    Http.Resp again =
        fx.platform()
            .header("If-Match", put.header("ETag"))
            .put(CALENDARS + "/2019", arrangement(List.of(), List.of()));
    assertEquals(200, again.status(), again::toString);
    assertEquals("\"2\"", again.header("ETag"));
    assertEquals(
        "2019-03-15", overdueItem(served2019).getString("dueDate"), "replaced, not merged");
  }
}
