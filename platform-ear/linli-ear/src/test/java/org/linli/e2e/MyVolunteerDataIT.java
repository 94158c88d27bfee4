package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.PointsWorld;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/**
 * A volunteer's own data for the phone app: certificates (with the PDF), sign-ups, points lots,
 * leaderboard participation and the partner organizations of 通存通兑. Each shows the caller's own rows
 * only, across every organization they volunteer for, and nobody else's.
 */
class MyVolunteerDataIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final VolunteerWorld b = new VolunteerWorld(fx.b);

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** A person who volunteers for A (with a login) and for B: [A's volunteer id, token, B's id]. */
  static String[] inTwoOrganizations() {
    String idNumber = Ids.residentId();
    String[] here = a.activeVolunteerWithLogin(idNumber);
    String there = b.activeVolunteer(idNumber);
    return new String[] {here[0], here[1], there};
  }

  static String approvedHour(VolunteerWorld world, String volunteer, int daysAgo) {
    Http.Resp r = world.enterRecord(volunteer, VolunteerWorld.facts(daysAgo, 1, 60));
    assertEquals(201, r.status(), r::toString);
    String id = r.json().getString("id");
    assertEquals(200, world.review("APPROVE", null, id).status());
    return id;
  }

  static JsonObject issue(Fixture.TestOrg org, String volunteer) {
    Http.Resp r =
        org.staff()
            .http()
            .post(
                org.path() + "/volunteers/" + volunteer + "/certificates",
                Json.createObjectBuilder()
                    .add("from", today().minusDays(30).toString())
                    .add("to", today().toString())
                    .build());
    assertEquals(201, r.status(), r::toString);
    return r.json();
  }

  static List<JsonObject> items(Http.Resp r) {
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static JsonObject withId(List<JsonObject> items, String id) {
    return items.stream().filter(i -> id.equals(i.getString("id"))).findFirst().orElse(null);
  }

  /** JSON-B leaves out null properties. */
  static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  static HttpResponse<byte[]> pdf(String token, String path)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + path))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    Http.holdToContract("GET", path, response);
    return response;
  }

  @Test
  void myCertificatesOfEveryOrganizationAreListedAndPrintableByMeAlone() throws Exception {
    String[] me = inTwoOrganizations();
    approvedHour(a, me[0], 3);
    approvedHour(b, me[2], 4);
    JsonObject inA = issue(fx.a, me[0]);
    JsonObject inB = issue(fx.b, me[2]);
    Http mine = Http.as(me[1]);

    List<JsonObject> listed = items(mine.get("/api/v1/me/certificates"));
    assertEquals(2, listed.size(), listed::toString);
    JsonObject first = withId(listed, inA.getString("id"));
    assertEquals(fx.a.code(), first.getString("org"));
    assertFalse(first.getString("orgName").isBlank());
    assertEquals(inA.getString("certificateNo"), first.getString("certificateNo"));
    assertEquals("VALID", first.getString("status"));
    assertEquals("1.00", first.getString("totalHours"));
    assertEquals(today().toString(), first.getString("periodTo"));
    assertEquals(inA.getString("verificationUrl"), first.getString("verificationUrl"));
    assertEquals(fx.b.code(), withId(listed, inB.getString("id")).getString("org"));

    String pathA = "/api/v1/me/certificates/" + fx.a.code() + "/" + inA.getString("id") + "/pdf";
    HttpResponse<byte[]> printed = pdf(me[1], pathA);
    assertEquals(200, printed.statusCode());
    assertEquals("application/pdf", printed.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        printed
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains(inA.getString("certificateNo") + ".pdf"));
    assertEquals("%PDF-", new String(printed.body(), 0, 5, StandardCharsets.ISO_8859_1));
    String pathB = "/api/v1/me/certificates/" + fx.b.code() + "/" + inB.getString("id") + "/pdf";
    assertEquals(200, pdf(me[1], pathB).statusCode(), "mine in the other organization too");

    // Another volunteer of the same organization: sees none of them, prints none of them.
    Http other = Http.as(a.activeVolunteerWithLogin()[1]);
    assertEquals(List.of(), items(other.get("/api/v1/me/certificates")));
    Http.Resp notHers = other.get(pathA);
    assertEquals(404, notHers.status(), notHers::toString);
    assertEquals("CERTIFICATE_NOT_FOUND", notHers.code());
    // Staff of A are not its holder either.
    assertEquals(404, fx.a.staff().http().get(pathA).status());
    // My certificate id under the wrong organization, or an organization that does not exist.
    String wrongOrg = "/api/v1/me/certificates/" + fx.b.code() + "/" + inA.getString("id") + "/pdf";
    assertEquals("CERTIFICATE_NOT_FOUND", mine.get(wrongOrg).code());
    assertEquals(404, mine.get("/api/v1/me/certificates/nosuchorg/x/pdf").status());
    assertEquals(404, mine.get("/api/v1/me/certificates/BAD%20ORG/x/pdf").status());
    assertEquals(401, Http.anonymous().get("/api/v1/me/certificates").status());

    // Revoked: still listed, as revoked, and no longer printed.
    Http.Resp revoked =
        fx.a
            .admin()
            .http()
            .post(
                fx.a.path()
                    + "/volunteers/"
                    + me[0]
                    + "/certificates/"
                    + inA.getString("id")
                    + "/revoke",
                "{\"reason\":\"信息有误\"}");
    assertEquals(200, revoked.status(), revoked::toString);
    assertEquals(
        "REVOKED",
        withId(items(mine.get("/api/v1/me/certificates")), inA.getString("id"))
            .getString("status"));
    Http.Resp refused = mine.get(pathA);
    assertEquals(409, refused.status(), refused::toString);
    assertEquals("CERTIFICATE_REVOKED", refused.code());
  }

  @Test
  void signUpsMadeByStaffOrMyselfAreMineToSeeAndCancel() {
    String[] me = inTwoOrganizations();
    String activity = a.publishedActivity();
    String soon = a.shift(activity, 5, 3, 2, List.of());
    String later = a.shift(activity, 5, 6, 2, List.of());
    String full = a.shift(activity, 1, 9, 2, List.of());
    String confirmed = a.signUp(soon, me[0]).json().getString("id");
    Keycloak.expect(a.signUp(full, a.activeVolunteer()), 201);
    Http.Resp waiting = a.signUp(full, me[0]);
    assertEquals("WAITLISTED", waiting.json().getString("status"), waiting::toString);
    Http mine = Http.as(me[1]);
    Http.Resp own =
        mine.post(
            fx.a.path() + "/shifts/" + later + "/signups", Json.createObjectBuilder().build());
    assertEquals(201, own.status(), own::toString);
    String bActivity = b.publishedActivity();
    String bShift = b.shift(bActivity, 5, 4, 5, List.of());
    Keycloak.expect(b.signUp(bShift, me[2]), 201);

    List<JsonObject> upcoming = items(mine.get("/api/v1/me/signups"));
    assertEquals(
        List.of(soon, bShift, later, full),
        upcoming.stream().map(s -> s.getString("shiftId")).toList(),
        "soonest first, across organizations");
    JsonObject first = upcoming.get(0);
    assertEquals(confirmed, first.getString("id"));
    assertEquals(fx.a.code(), first.getString("org"));
    assertEquals(activity, first.getString("activityId"));
    assertEquals("社区助老服务", first.getString("activityTitle"));
    assertEquals("南京市鼓楼区湖南路1号", first.getString("address"));
    assertEquals("CONFIRMED", first.getString("status"));
    assertTrue(absent(first, "waitlistPosition"));
    assertTrue(absent(first, "checkedInAt"), "not yet at the venue");
    JsonObject last = upcoming.get(3);
    assertEquals("WAITLISTED", last.getString("status"));
    assertEquals(
        waiting.json().getJsonNumber("waitlistPosition").longValue(),
        last.getJsonNumber("waitlistPosition").longValue());
    assertEquals(fx.b.code(), upcoming.get(1).getString("org"));
    assertEquals(upcoming, items(mine.get("/api/v1/me/signups?when=ALL")));
    assertEquals(List.of(), items(mine.get("/api/v1/me/signups?when=PAST")));
    Http.Resp bad = mine.get("/api/v1/me/signups?when=SOON");
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("when", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    // Cancelled with the id from the list: gone from it.
    Http.Resp cancelled = mine.delete(fx.a.path() + "/shifts/" + soon + "/signups/" + confirmed);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals(
        List.of(bShift, later, full),
        items(mine.get("/api/v1/me/signups")).stream().map(s -> s.getString("shiftId")).toList());

    // Someone else's list holds none of mine.
    assertEquals(
        List.of(), items(Http.as(a.activeVolunteerWithLogin()[1]).get("/api/v1/me/signups")));
    assertEquals(List.of(), items(fx.a.staff().http().get("/api/v1/me/signups")));
  }

  @Test
  void myPointsLotsShowWhatIsLeftAndWhenItExpires() {
    String[] me = inTwoOrganizations();
    PointsWorld pa = new PointsWorld(fx.a);
    pa.adjust(me[0], 30);
    new PointsWorld(fx.b).adjust(me[2], 12);
    String item = pa.item(10, 5, 5);
    Keycloak.expect(pa.redeem(Http.as(me[1]), item, 1), 201);

    List<JsonObject> lots = items(Http.as(me[1]).get("/api/v1/me/points/lots"));
    JsonObject here =
        lots.stream().filter(l -> l.getString("org").equals(fx.a.code())).findFirst().orElseThrow();
    assertEquals(30, here.getJsonNumber("points").longValue());
    assertEquals(20, here.getJsonNumber("remaining").longValue(), "10 spent on the item");
    assertEquals(PointsWorld.today().toString(), here.getString("earnedOn"));
    // Whatever the organization's rule, a listed lot is still valid today.
    assertTrue(
        absent(here, "expiresOn")
            || !LocalDate.parse(here.getString("expiresOn")).isBefore(PointsWorld.today()),
        here::toString);
    assertTrue(lots.stream().anyMatch(l -> l.getString("org").equals(fx.b.code())));
    assertEquals(32, lots.stream().mapToLong(l -> l.getJsonNumber("remaining").longValue()).sum());

    assertEquals(
        List.of(),
        items(Http.as(a.activeVolunteerWithLogin()[1]).get("/api/v1/me/points/lots")),
        "nobody else's lots");
  }

  @Test
  void iCanReadWhetherIHaveLeftTheLeaderboard() {
    String[] me = a.activeVolunteerWithLogin();
    Http mine = Http.as(me[1]);
    String participation = fx.a.path() + "/points/leaderboard/participation";
    Http.Resp before = mine.get(participation);
    assertEquals(200, before.status(), before::toString);
    assertFalse(before.json().getBoolean("optOut"));
    Keycloak.expect(mine.put(participation, "{\"optOut\":true}"), 200);
    assertTrue(mine.get(participation).json().getBoolean("optOut"));
    Http.Resp staff = fx.a.staff().http().get(participation);
    assertEquals(403, staff.status(), "a volunteer's own setting: " + staff);
  }

  @Test
  void volunteersSeeTheActivePartnersOfTheirOrganization() {
    Fixture.TestOrg p = fx.createOrg("mp" + Ids.suffix());
    Fixture.TestOrg q = fx.createOrg("mq" + Ids.suffix());
    Fixture.TestOrg r = fx.createOrg("mr" + Ids.suffix());
    Http.Resp proposed =
        p.admin()
            .http()
            .post(
                p.path() + "/time-bank/clearing/agreements",
                "{\"counterpartyOrg\":\"" + q.code() + "\",\"limitHours\":\"10\"}");
    assertEquals(201, proposed.status(), proposed::toString);
    Http.Resp pending =
        p.admin()
            .http()
            .post(
                p.path() + "/time-bank/clearing/agreements",
                "{\"counterpartyOrg\":\"" + r.code() + "\",\"limitHours\":\"10\"}");
    assertEquals(201, pending.status(), pending::toString);
    String partners = p.path() + "/time-bank/clearing/partners";
    Http volunteer = p.volunteer().http();
    assertEquals(List.of(), items(volunteer.get(partners)), "proposed is not yet a partner");
    Keycloak.expect(
        q.admin()
            .http()
            .post(
                q.path()
                    + "/time-bank/clearing/agreements/"
                    + proposed.json().getString("id")
                    + "/accept",
                null),
        200);

    List<JsonObject> listed = items(volunteer.get(partners));
    assertEquals(1, listed.size(), listed::toString);
    assertEquals(q.code(), listed.get(0).getString("org"));
    assertFalse(listed.get(0).getString("name").isBlank());
    assertEquals(
        List.of(p.code()),
        items(q.volunteer().http().get(q.path() + "/time-bank/clearing/partners")).stream()
            .map(o -> o.getString("org"))
            .toList(),
        "both sides see each other");
    assertEquals(
        List.of(), items(r.volunteer().http().get(r.path() + "/time-bank/clearing/partners")));
    Http.Resp outsider = fx.a.volunteer().http().get(partners);
    assertEquals(403, outsider.status(), outsider::toString);
    assertNull(outsider.json().get("items"));
  }
}
