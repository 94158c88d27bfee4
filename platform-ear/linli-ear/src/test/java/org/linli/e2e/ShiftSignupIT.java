package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.VolunteerWorld;

/** Sign-ups: capacity under concurrency, waitlist promotion, eligibility, platform-wide overlap. */
class ShiftSignupIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final VolunteerWorld b = new VolunteerWorld(fx.b);

  private static JsonArray signups(String shiftId) {
    Http.Resp resp =
        fx.a.staff().http().get(fx.a.path() + "/shifts/" + shiftId + "/signups?limit=100");
    assertEquals(200, resp.status(), resp::toString);
    return resp.json().getJsonArray("items");
  }

  private static long count(JsonArray signups, String status) {
    return signups.stream()
        .filter(s -> s.asJsonObject().getString("status").equals(status))
        .count();
  }

  @Test
  void fiftyConcurrentSignUpsForTenPlacesConfirmTenAndWaitlistForty() throws Exception {
    String activity = a.publishedActivity();
    String shift = a.shift(activity, 10, 3, 1, List.of());
    List<String> volunteers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      volunteers.add(a.activeVolunteer());
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<Http.Resp>> results = new ArrayList<>();
    for (String v : volunteers) {
      results.add(pool.submit((Callable<Http.Resp>) () -> a.signUp(shift, v)));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
    int confirmed = 0;
    int waitlisted = 0;
    Set<Long> positions = new HashSet<>();
    for (Future<Http.Resp> f : results) {
      Http.Resp r = f.get();
      assertEquals(201, r.status(), r::toString);
      if (r.json().getString("status").equals("CONFIRMED")) {
        confirmed++;
      } else {
        waitlisted++;
        positions.add(r.json().getJsonNumber("waitlistPosition").longValue());
      }
    }
    assertEquals(10, confirmed);
    assertEquals(40, waitlisted);
    assertEquals(40, positions.size(), "every waitlisted sign-up has its own position");
    JsonArray stored = signups(shift);
    assertEquals(10, count(stored, "CONFIRMED"));
    assertEquals(40, count(stored, "WAITLISTED"));
  }

  @Test
  void cancellingAConfirmedPlacePromotesTheFirstOnTheWaitlist() {
    String activity = a.publishedActivity();
    String shift = a.shift(activity, 1, 4, 1, List.of());
    JsonObject first = a.signUp(shift, a.activeVolunteer()).json();
    JsonObject second = a.signUp(shift, a.activeVolunteer()).json();
    JsonObject third = a.signUp(shift, a.activeVolunteer()).json();
    assertEquals("CONFIRMED", first.getString("status"));
    assertEquals("WAITLISTED", second.getString("status"));
    assertEquals("WAITLISTED", third.getString("status"));

    Http.Resp cancelled =
        fx.a
            .staff()
            .http()
            .delete(fx.a.path() + "/shifts/" + shift + "/signups/" + first.getString("id"));
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    JsonArray stored = signups(shift);
    String promoted =
        stored.stream()
            .map(s -> s.asJsonObject())
            .filter(s -> s.getString("status").equals("CONFIRMED"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    assertEquals(second.getString("id"), promoted, "the earliest waitlisted is promoted");
    assertEquals(1, count(stored, "WAITLISTED"));
    Http.Resp twice =
        fx.a
            .staff()
            .http()
            .delete(fx.a.path() + "/shifts/" + shift + "/signups/" + first.getString("id"));
    assertEquals(409, twice.status());
  }

  @Test
  void onePersonCannotHoldOverlappingShiftsInTwoOrganizations() {
    String idNumber = Ids.residentId();
    String inA = a.activeVolunteer(idNumber);
    String inB = b.activeVolunteer(idNumber);
    String shiftA = a.shift(a.publishedActivity(), 5, 5, 2, List.of());
    String overlappingB = b.shift(b.publishedActivity(), 5, 5, 3, List.of());
    String laterB = b.shift(b.publishedActivity(), 5, 5, 6, List.of());
    assertEquals(201, a.signUp(shiftA, inA).status());
    Http.Resp clash = b.signUp(overlappingB, inB);
    assertEquals(422, clash.status(), clash::toString);
    assertEquals("OVERLAPPING_SHIFT", clash.code());
    assertTrue(!clash.body().contains(fx.a.code()), "the other organization is not revealed");
    assertEquals(201, b.signUp(laterB, inB).status());
  }

  @Test
  void ineligibleSignUpsAreRefusedWithReasons() {
    String activity = a.publishedActivity();
    String shift = a.shift(activity, 5, 6, 1, List.of("sign-language"));
    String pending =
        a.register(VolunteerWorld.registration(Ids.residentId()).build()).json().getString("id");
    Http.Resp notActive = a.signUp(shift, pending);
    assertEquals(422, notActive.status());
    assertEquals("VOLUNTEER_NOT_ACTIVE", notActive.code());
    Http.Resp noSkill = a.signUp(shift, a.activeVolunteer());
    assertEquals(422, noSkill.status());
    assertEquals("MISSING_REQUIRED_SKILLS", noSkill.code());

    String volunteer = a.activeVolunteer();
    String open = a.shift(activity, 5, 6, 5, List.of());
    assertEquals(201, a.signUp(open, volunteer).status());
    Http.Resp dup = a.signUp(open, volunteer);
    assertEquals(409, dup.status());
    assertEquals("ALREADY_SIGNED_UP", dup.code());

    Http staff = fx.a.staff().http();
    assertEquals(
        200, staff.post(fx.a.path() + "/activities/" + activity + "/close", null).status());
    Http.Resp closed = a.signUp(open, a.activeVolunteer());
    assertEquals(422, closed.status());
    assertEquals("ACTIVITY_NOT_OPEN", closed.code());
  }

  @Test
  void shiftValidation() {
    String activity = a.publishedActivity();
    Http.Resp backwards =
        fx.a
            .staff()
            .http()
            .post(
                fx.a.path() + "/activities/" + activity + "/shifts",
                "{\"startsAt\":\"2030-01-01T10:00:00+08:00\",\"endsAt\":\"2030-01-01T09:00:00+08:00\",\"capacity\":5}");
    assertEquals(400, backwards.status(), backwards::toString);
    Http.Resp noCapacity =
        fx.a
            .staff()
            .http()
            .post(
                fx.a.path() + "/activities/" + activity + "/shifts",
                "{\"startsAt\":\"2030-01-01T10:00:00+08:00\",\"endsAt\":\"2030-01-01T12:00:00+08:00\",\"capacity\":0}");
    assertEquals(400, noCapacity.status());
    Http.Resp badTime =
        fx.a
            .staff()
            .http()
            .post(
                fx.a.path() + "/activities/" + activity + "/shifts",
                "{\"startsAt\":\"tomorrow\",\"endsAt\":\"2030-01-01T12:00:00+08:00\",\"capacity\":3}");
    assertEquals(400, badTime.status());
  }
}
