package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * Withdrawals through service requests: the hours are held at once, settled to the provider under
 * the cap (the rest back to the requester) or released on cancel, each exactly once.
 */
class ServiceRequestIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static String path(Fixture.TestOrg org) {
    return org.path() + "/time-bank/service-requests";
  }

  static JsonObject requestBody(String key, String id, String hours) {
    return Json.createObjectBuilder()
        .add("requester", Json.createObjectBuilder().add(key, id))
        .add("serviceCategory", "助老")
        .add("description", "陪同就医")
        .add("hours", hours)
        .add("scheduledFor", "2030-01-05T09:00:00+08:00")
        .build();
  }

  static Http.Resp request(Http as, Fixture.TestOrg org, String volunteer, String hours) {
    return as.post(path(org), requestBody("volunteerId", volunteer, hours));
  }

  static String opened(Fixture.TestOrg org, String volunteer, String hours) {
    Http.Resp r = request(org.staff().http(), org, volunteer, hours);
    assertEquals(201, r.status(), r::toString);
    assertEquals("OPEN", r.json().getString("status"));
    return r.json().getString("id");
  }

  static Http.Resp assign(Fixture.TestOrg org, String request, String provider) {
    return org.staff()
        .http()
        .post(
            path(org) + "/" + request + "/assign",
            Json.createObjectBuilder().add("providerVolunteerId", provider).build());
  }

  static Http.Resp confirm(Fixture.TestOrg org, String request, String hours) {
    return confirm(org.staff().http(), org, request, hours);
  }

  static Http.Resp confirm(Http staff, Fixture.TestOrg org, String request, String hours) {
    return staff.post(
        path(org) + "/" + request + "/confirm",
        Json.createObjectBuilder().add("hoursDelivered", hours).build());
  }

  static Http.Resp cancel(Http as, Fixture.TestOrg org, String request) {
    return as.post(path(org) + "/" + request + "/cancel", null);
  }

  static JsonObject account(Fixture.TestOrg org, String volunteer) {
    Http.Resp r = org.staff().http().get(org.path() + "/volunteers/" + volunteer + "/time-account");
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static String hours(Fixture.TestOrg org, String volunteer) {
    return account(org, volunteer).getString("balanceHours");
  }

  /** A volunteer born in {@code year} holding {@code minutes} deposited hours. */
  static String volunteerWithHours(VolunteerWorld world, int year, int minutes) {
    String v = world.activeVolunteer(Ids.residentIdBornIn(year));
    if (minutes > 0) {
      FamilyTransferIT.approved(world, v, minutes);
    }
    return v;
  }

  @Test
  void confirmingPaysTheProviderUnderTheCapAndReturnsTheRest() {
    // A 1-hour cap makes the split visible; rules versions are permanent, hence a fresh org.
    Fixture.TestOrg org = fx.createOrg("tbsr" + Ids.suffix());
    VolunteerWorld world = new VolunteerWorld(org);
    Http.Resp rules =
        org.admin()
            .http()
            .post(
                org.path() + "/time-bank/rules",
                "{\"effectiveFrom\":\"" + LocalDate.now(CHINA) + "\",\"capHours\":1}");
    assertEquals(201, rules.status(), rules::toString);
    String requester = volunteerWithHours(world, 1950, 60);
    String provider = volunteerWithHours(world, 1980, 30);
    String poolBefore = account(org, provider).getString("poolHours");
    assertEquals("0.00", poolBefore);

    String request = opened(org, requester, "1.00");
    assertEquals("0.00", hours(org, requester), "held at once");
    Http.Resp twice = request(org.staff().http(), org, requester, "0.50");
    assertEquals(422, twice.status(), "held hours cannot be spent again");
    assertEquals("INSUFFICIENT_BALANCE", twice.code());

    Http.Resp early = confirm(org, request, "1");
    assertEquals(409, early.status(), early::toString);
    assertEquals("SERVICE_REQUEST_NOT_ASSIGNED", early.code());
    Http.Resp selfServe = assign(org, request, requester);
    assertEquals(422, selfServe.status(), selfServe::toString);
    assertEquals("PROVIDER_IS_REQUESTER", selfServe.code());
    Http.Resp assigned = assign(org, request, provider);
    assertEquals(200, assigned.status(), assigned::toString);
    assertEquals("ASSIGNED", assigned.json().getString("status"));

    Http.Resp tooMuch = confirm(org, request, "1.05");
    assertEquals(422, tooMuch.status(), tooMuch::toString);
    assertEquals("DELIVERED_EXCEEDS_HELD", tooMuch.code());
    Http.Resp confirmed = confirm(org, request, "0.75");
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertEquals("CONFIRMED", confirmed.json().getString("status"));
    assertEquals("0.75", confirmed.json().getString("deliveredHours"));
    assertEquals("0.25", confirmed.json().getString("returnedHours"));
    // The provider held 0.50 under a 1.00 cap: 0.50 more fit, 0.25 overflows to the pool.
    assertEquals("1.00", hours(org, provider));
    assertEquals("0.25", account(org, provider).getString("poolHours"));
    assertEquals("0.25", hours(org, requester), "what was not delivered comes back");

    Http.Resp again = confirm(org, request, "0.75");
    assertEquals(409, again.status(), again::toString);
    assertEquals("SERVICE_REQUEST_CLOSED", again.code());
    Http.Resp lateCancel = cancel(org.staff().http(), org, request);
    assertEquals(409, lateCancel.status(), lateCancel::toString);
    assertEquals("0.25", hours(org, requester));
    FamilyTransferIT.invariantsHold(org);
  }

  @Test
  void cancellingReturnsTheHoldExactlyOnce() {
    String requester = volunteerWithHours(a, 1952, 120);
    String request = opened(fx.a, requester, "1.50");
    assertEquals("0.50", hours(fx.a, requester));
    Http.Resp cancelled = cancel(fx.a.staff().http(), fx.a, request);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals("2.00", hours(fx.a, requester));
    Http.Resp again = cancel(fx.a.staff().http(), fx.a, request);
    assertEquals(409, again.status(), again::toString);
    assertEquals("SERVICE_REQUEST_CLOSED", again.code());
    assertEquals("2.00", hours(fx.a, requester), "returned once, not twice");
    Http.Resp assign = assign(fx.a, request, a.activeVolunteer());
    assertEquals(409, assign.status(), assign::toString);

    Http.Resp one = fx.a.staff().http().get(path(fx.a) + "/" + request);
    assertEquals("CANCELLED", one.json().getString("status"));
    assertEquals(requester, one.json().getJsonObject("requester").getString("volunteerId"));
    FamilyTransferIT.invariantsHold(fx.a);
  }

  @Test
  void aConcurrentConfirmAndCancelHaveOneWinner() throws Exception {
    String requester = volunteerWithHours(a, 1949, 600);
    String provider = a.activeVolunteer();
    // One token for both threads: the race is between the two requests, not two logins.
    Http staff = fx.a.staff().http();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int confirmed = 0;
    for (int i = 0; i < 6; i++) {
      String request = opened(fx.a, requester, "1.00");
      assertEquals(200, assign(fx.a, request, provider).status());
      Future<Http.Resp> confirm = pool.submit(() -> confirm(staff, fx.a, request, "1.00"));
      Future<Http.Resp> cancel = pool.submit(() -> cancel(staff, fx.a, request));
      Http.Resp c = confirm.get(120, TimeUnit.SECONDS);
      Http.Resp x = cancel.get(120, TimeUnit.SECONDS);
      assertEquals(1, (c.status() == 200 ? 1 : 0) + (x.status() == 200 ? 1 : 0), c + " / " + x);
      Http.Resp loser = c.status() == 200 ? x : c;
      assertEquals(409, loser.status(), loser::toString);
      assertEquals("SERVICE_REQUEST_CLOSED", loser.code());
      confirmed += c.status() == 200 ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(confirmed + ".00", hours(fx.a, provider));
    assertEquals((10 - confirmed) + ".00", hours(fx.a, requester));
    FamilyTransferIT.invariantsHold(fx.a);
  }

  @Test
  void theServedPersonMustHaveReachedTheRedemptionAge() {
    String young = volunteerWithHours(a, 1990, 60);
    Http.Resp r = request(fx.a.staff().http(), fx.a, young, "0.50");
    assertEquals(422, r.status(), r::toString);
    assertEquals("REQUESTER_TOO_YOUNG", r.code());
    assertEquals("1.00", hours(fx.a, young), "nothing held");

    // A beneficiary pays with hours transferred to them, and must be old enough too.
    String volunteer = volunteerWithHours(a, 1975, 180);
    String parent = FamilyTransferIT.beneficiary(fx.a, volunteer, "PARENT", 1946);
    String child = FamilyTransferIT.beneficiary(fx.a, volunteer, "CHILD", 2001);
    Http staff = fx.a.staff().http();
    assertEquals(201, FamilyTransferIT.transfer(staff, fx.a, volunteer, parent, "1").status());
    Http.Resp tooYoung = staff.post(path(fx.a), requestBody("beneficiaryId", child, "0.50"));
    assertEquals(422, tooYoung.status(), tooYoung::toString);
    assertEquals("REQUESTER_TOO_YOUNG", tooYoung.code());

    Http.Resp forParent = staff.post(path(fx.a), requestBody("beneficiaryId", parent, "1"));
    assertEquals(201, forParent.status(), forParent::toString);
    assertEquals("0.00", FamilyTransferIT.beneficiaryHours(fx.a, parent));
    String request = forParent.json().getString("id");
    String provider = a.activeVolunteer();
    assertEquals(200, assign(fx.a, request, provider).status());
    assertEquals(200, confirm(fx.a, request, "1").status());
    assertEquals("1.00", hours(fx.a, provider));
    assertEquals("0.00", FamilyTransferIT.beneficiaryHours(fx.a, parent));

    Http.Resp both =
        staff.post(
            path(fx.a),
            "{\"requester\":{\"volunteerId\":\""
                + volunteer
                + "\",\"beneficiaryId\":\""
                + parent
                + "\"},\"serviceCategory\":\"助老\",\"description\":\"x\",\"hours\":\"1\"}");
    assertEquals(400, both.status(), both::toString);
    assertEquals("INVALID_REQUESTER", both.code());
    FamilyTransferIT.invariantsHold(fx.a);
  }

  @Test
  void volunteersSeeAndActOnlyOnTheirOwnRequests() {
    String[] requester = a.activeVolunteerWithLogin(Ids.residentIdBornIn(1951));
    FamilyTransferIT.approved(a, requester[0], 120);
    String[] provider = a.activeVolunteerWithLogin();
    String[] stranger = a.activeVolunteerWithLogin();
    Http self = Http.as(requester[1]);

    Http.Resp own = request(self, fx.a, requester[0], "1");
    assertEquals(201, own.status(), own::toString);
    String mine = own.json().getString("id");
    Http.Resp forOther = request(Http.as(stranger[1]), fx.a, requester[0], "0.50");
    assertEquals(404, forOther.status(), "a volunteer spends only their own hours");
    assertEquals("VOLUNTEER_NOT_FOUND", forOther.code());

    Http strangerHttp = Http.as(stranger[1]);
    assertEquals(404, strangerHttp.get(path(fx.a) + "/" + mine).status());
    Http.Resp strangerCancel = cancel(strangerHttp, fx.a, mine);
    assertEquals(404, strangerCancel.status(), strangerCancel::toString);
    assertEquals("SERVICE_REQUEST_NOT_FOUND", strangerCancel.code());
    assertFalse(strangerHttp.get(path(fx.a)).body().contains(mine));
    Http.Resp volunteerAssigns =
        Http.as(requester[1])
            .post(
                path(fx.a) + "/" + mine + "/assign",
                Json.createObjectBuilder().add("providerVolunteerId", provider[0]).build());
    assertEquals(403, volunteerAssigns.status(), "assigning is staff work");

    assertEquals(200, assign(fx.a, mine, provider[0]).status());
    Http providerHttp = Http.as(provider[1]);
    assertEquals(200, providerHttp.get(path(fx.a) + "/" + mine).status());
    assertTrue(providerHttp.get(path(fx.a) + "?status=ASSIGNED").body().contains(mine));
    Http.Resp providerCancel = cancel(providerHttp, fx.a, mine);
    assertEquals(404, providerCancel.status(), "the provider cannot cancel");
    Http.Resp providerConfirm =
        providerHttp.post(path(fx.a) + "/" + mine + "/confirm", "{\"hoursDelivered\":\"1\"}");
    assertEquals(403, providerConfirm.status(), "nor confirm their own work");

    Http.Resp listed = self.get(path(fx.a) + "?limit=1");
    assertEquals(200, listed.status(), listed::toString);
    assertEquals(1, listed.json().getJsonArray("items").size());
    Http.Resp cancelled = cancel(self, fx.a, mine);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("2.00", hours(fx.a, requester[0]));
    FamilyTransferIT.invariantsHold(fx.a);
  }

  @Test
  void staffListRequestsByStatusPageByPage() {
    String requester = volunteerWithHours(a, 1947, 240);
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = opened(fx.a, requester, "0.50");
      assertEquals(200, cancel(fx.a.staff().http(), fx.a, id).status());
      made.add(id);
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Http.Resp page =
          fx.a
              .staff()
              .http()
              .get(
                  path(fx.a)
                      + "?status=CANCELLED&limit=2"
                      + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page::toString);
      page.json()
          .getJsonArray("items")
          .forEach(
              item -> {
                assertEquals("CANCELLED", item.asJsonObject().getString("status"));
                seen.add(item.asJsonObject().getString("id"));
              });
      cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 500);
    assertTrue(seen.containsAll(made), "every cancelled request, across pages");
    assertEquals(seen.size(), seen.stream().distinct().count(), "no request twice");
    Http.Resp bad = fx.a.staff().http().get(path(fx.a) + "?status=DONE");
    assertEquals(400, bad.status(), bad::toString);
  }
}
