package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.VolunteerWorld;

/**
 * 通存通兑 over real HTTP between two fresh organizations A and B: agreements, a volunteer of A paid
 * for a service at B, limits, cancel and decline, the confirm/cancel race, and statements that
 * mirror each other while each side sees only its own.
 */
class ClearingIT {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final Fixture fx = Fixture.get();
  static final String LIMIT = "8.00";

  static Fixture.TestOrg a;
  static Fixture.TestOrg b;
  static VolunteerWorld worldA;
  static VolunteerWorld worldB;

  static Login adminA;
  static Login staffA;
  static Login adminB;
  static Login staffB;
  static String agreement;

  /**
   * A member's token reused for a few minutes: a login per request is slow, one token for the whole
   * class would expire (tokens live 5 minutes).
   */
  static final class Login {
    private final Fixture.Member member;
    private Http http;
    private long loggedInAt;

    Login(Fixture.Member member) {
      this.member = member;
    }

    synchronized Http http() {
      if (http == null || System.nanoTime() - loggedInAt > TimeUnit.MINUTES.toNanos(3)) {
        http = member.http();
        loggedInAt = System.nanoTime();
      }
      return http;
    }
  }

  @BeforeAll
  static void twoOrganizationsWithAnActiveAgreement() {
    a = fx.createOrg("cla" + Ids.suffix());
    b = fx.createOrg("clb" + Ids.suffix());
    worldA = new VolunteerWorld(a);
    worldB = new VolunteerWorld(b);
    adminA = new Login(a.admin());
    staffA = new Login(a.staff());
    adminB = new Login(b.admin());
    staffB = new Login(b.staff());
    // A lets everyone redeem; B keeps the default rules (redeem from 60).
    Http.Resp rules =
        adminA
            .http()
            .post(
                a.path() + "/time-bank/rules",
                "{\"effectiveFrom\":\"" + LocalDate.now(CHINA) + "\",\"redeemFromAge\":0}");
    assertEquals(201, rules.status(), rules::toString);
    agreement = agree(a, adminA.http(), b, adminB.http(), LIMIT);
  }

  /** {@code from} proposes, {@code to} accepts; returns the agreement id. */
  static String agree(
      Fixture.TestOrg from, Http fromAdmin, Fixture.TestOrg to, Http toAdmin, String limit) {
    Http.Resp proposed =
        fromAdmin.post(
            agreements(from),
            "{\"counterpartyOrg\":\"" + to.code() + "\",\"limitHours\":\"" + limit + "\"}");
    assertEquals(201, proposed.status(), proposed::toString);
    String id = proposed.json().getString("id");
    Http.Resp accepted = toAdmin.post(agreements(to) + "/" + id + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    assertEquals("ACTIVE", accepted.json().getString("status"));
    return id;
  }

  static String agreements(Fixture.TestOrg org) {
    return org.path() + "/time-bank/clearing/agreements";
  }

  static String outbound(Fixture.TestOrg org) {
    return org.path() + "/time-bank/clearing/outbound-requests";
  }

  static String inbound(Fixture.TestOrg org) {
    return org.path() + "/time-bank/clearing/inbound-requests";
  }

  static String balance(Fixture.TestOrg org, Http staff, String volunteer) {
    Http.Resp r = staff.get(org.path() + "/volunteers/" + volunteer + "/time-account");
    assertEquals(200, r.status(), r::toString);
    return r.json().getString("balanceHours");
  }

  static void approved(VolunteerWorld world, String volunteer, int minutes) {
    Http.Resp entered = world.enterRecord(volunteer, VolunteerWorld.facts(3, 1, minutes));
    assertEquals(201, entered.status(), entered::toString);
    Http.Resp review = world.review("APPROVE", null, entered.json().getString("id"));
    assertEquals(200, review.status(), review::toString);
  }

  /** A volunteer of A holding {@code minutes} of deposited hours. */
  static String volunteerOfAWith(int minutes) {
    String volunteer = worldA.activeVolunteer();
    approved(worldA, volunteer, minutes);
    return volunteer;
  }

  static JsonObject request(String volunteer, String serviceOrg, String hours) {
    return Json.createObjectBuilder()
        .add("volunteerId", volunteer)
        .add("serviceOrg", serviceOrg)
        .add("serviceCategory", "助老")
        .add("description", "上门陪同就医")
        .add("hours", hours)
        .build();
  }

  /** Staff of A request a service at B for the volunteer; returns the request id. */
  static String requested(String volunteer, String hours) {
    Http.Resp r = staffA.http().post(outbound(a), request(volunteer, b.code(), hours));
    assertEquals(201, r.status(), r::toString);
    assertEquals("OPEN", r.json().getString("status"));
    return r.json().getString("id");
  }

  static String assignedAtB(String requestId) {
    String provider = worldB.activeVolunteer();
    Http.Resp assigned =
        staffB
            .http()
            .post(
                inbound(b) + "/" + requestId + "/assign",
                "{\"providerVolunteerId\":\"" + provider + "\"}");
    assertEquals(200, assigned.status(), assigned::toString);
    assertEquals("ASSIGNED", assigned.json().getString("status"));
    return provider;
  }

  static String payable(Fixture.TestOrg org, Http admin, String id) {
    Http.Resp r = admin.get(agreements(org) + "/" + id);
    assertEquals(200, r.status(), r::toString);
    return r.json().getString("payableHours");
  }

  static void invariantsHold(Fixture.TestOrg org, Http admin) {
    Http.Resp check = admin.get(org.path() + "/ledger/invariants");
    assertEquals(200, check.status(), check::toString);
    assertTrue(check.json().getBoolean("ok"), check::toString);
  }

  static JsonObject statementFor(Fixture.TestOrg org, Http staff, String counterparty) {
    String period = YearMonth.now(CHINA).toString();
    Http.Resp r = staff.get(org.path() + "/time-bank/clearing/statements?period=" + period);
    assertEquals(200, r.status(), r::toString);
    assertEquals(period, r.json().getString("period"));
    return r.json().getJsonArray("counterparties").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("counterpartyOrg").equals(counterparty))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement for " + counterparty + ": " + r));
  }

  static BigDecimal hours(JsonObject o, String field) {
    return new BigDecimal(o.getString(field));
  }

  /**
   * The two sides mirror: A's clearing balance with B plus B's with A equals the hours held but not
   * settled in either direction, and each side's pending inbound items are exactly the other side's
   * open outbound holds (a declined one is closed there but held here until released).
   */
  static void statementsMirror() {
    JsonObject atA = statementFor(a, staffA.http(), b.code());
    JsonObject atB = statementFor(b, staffB.http(), a.code());
    BigDecimal held = heldHours(atA).add(heldHours(atB));
    assertEquals(
        0,
        held.compareTo(hours(atA, "closingHours").add(hours(atB, "closingHours"))),
        () -> "A: " + atA + " B: " + atB);
    assertEquals(
        openOutbound(a, staffA.http(), atA),
        items(atB, "INBOUND"),
        () -> "A: " + atA + " B: " + atB);
    assertEquals(
        openOutbound(b, staffB.http(), atB),
        items(atA, "INBOUND"),
        () -> "A: " + atA + " B: " + atB);
  }

  static BigDecimal heldHours(JsonObject statement) {
    return statement.getJsonArray("openItems").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> "OUTBOUND".equals(i.getString("direction")))
        .map(i -> hours(i, "hours"))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static Set<String> items(JsonObject statement, String direction) {
    Set<String> ids = new HashSet<>();
    statement.getJsonArray("openItems").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> direction.equals(i.getString("direction")))
        .forEach(i -> ids.add(i.getString("requestId")));
    return ids;
  }

  /** Open holds of the statement that are still OPEN (not declined) on the requesting side. */
  static Set<String> openOutbound(Fixture.TestOrg org, Http staff, JsonObject statement) {
    Set<String> open = new HashSet<>();
    for (String id : items(statement, "OUTBOUND")) {
      if ("OPEN".equals(staff.get(outbound(org) + "/" + id).json().getString("status"))) {
        open.add(id);
      }
    }
    return open;
  }

  @Test
  void agreementsAreMirroredAndEachSideSeesOnlyItsOwn() {
    Http.Resp atA = adminA.http().get(agreements(a) + "/" + agreement);
    Http.Resp atB = adminB.http().get(agreements(b) + "/" + agreement);
    assertEquals(200, atA.status(), atA::toString);
    assertEquals(b.code(), atA.json().getString("counterpartyOrg"));
    assertEquals(a.code(), atB.json().getString("counterpartyOrg"));
    assertEquals(a.code(), atB.json().getString("proposedBy"));
    assertEquals(LIMIT, atB.json().getString("limitHours"));
    assertEquals("ACTIVE", atB.json().getString("status"));
    assertTrue(staffB.http().get(agreements(b)).body().contains(agreement), "listed on B's side");

    // A third organization knows nothing of it.
    Http third = fx.a.admin().http();
    Http.Resp stranger = third.get(agreements(fx.a) + "/" + agreement);
    assertEquals(404, stranger.status(), stranger::toString);
    assertEquals("AGREEMENT_NOT_FOUND", stranger.code());
    assertFalse(third.get(agreements(fx.a)).body().contains(agreement));
    assertEquals(404, third.post(agreements(fx.a) + "/" + agreement + "/suspend", null).status());
    assertEquals(
        "ACTIVE", adminB.http().get(agreements(b) + "/" + agreement).json().getString("status"));

    Http.Resp again =
        adminB
            .http()
            .post(agreements(b), "{\"counterpartyOrg\":\"" + a.code() + "\",\"limitHours\":\"1\"}");
    assertEquals(409, again.status(), again::toString);
    assertEquals("AGREEMENT_EXISTS", again.code());
    Http.Resp self =
        adminA
            .http()
            .post(agreements(a), "{\"counterpartyOrg\":\"" + a.code() + "\",\"limitHours\":\"1\"}");
    assertEquals(422, self.status(), self::toString);
    assertEquals("COUNTERPARTY_IS_SELF", self.code());
    Http.Resp nobody =
        adminA
            .http()
            .post(agreements(a), "{\"counterpartyOrg\":\"no-such-org\",\"limitHours\":\"1\"}");
    assertEquals(422, nobody.status(), nobody::toString);
    assertEquals("COUNTERPARTY_NOT_FOUND", nobody.code());
    Http.Resp staffPropose =
        staffA
            .http()
            .post(
                agreements(a),
                "{\"counterpartyOrg\":\"" + fx.b.code() + "\",\"limitHours\":\"1\"}");
    assertEquals(403, staffPropose.status(), staffPropose::toString);
  }

  @Test
  void theProposerCannotAcceptItsOwnProposal() {
    Http other = fx.b.admin().http();
    Http.Resp proposed =
        adminA
            .http()
            .post(
                agreements(a),
                "{\"counterpartyOrg\":\"" + fx.b.code() + "\",\"limitHours\":\"2\"}");
    assertEquals(201, proposed.status(), proposed::toString);
    String id = proposed.json().getString("id");
    Http.Resp own = adminA.http().post(agreements(a) + "/" + id + "/accept", null);
    assertEquals(422, own.status(), own::toString);
    assertEquals("OWN_PROPOSAL", own.code());
    assertEquals("PROPOSED", other.get(agreements(fx.b) + "/" + id).json().getString("status"));
    // Refused by the other side: both sides suspended, and a new proposal may follow.
    Http.Resp refused = other.post(agreements(fx.b) + "/" + id + "/suspend", null);
    assertEquals(200, refused.status(), refused::toString);
    assertEquals(
        "SUSPENDED", adminA.http().get(agreements(a) + "/" + id).json().getString("status"));
    assertEquals(
        fx.b.code(), adminA.http().get(agreements(a) + "/" + id).json().getString("suspendedBy"));
  }

  @Test
  void aVolunteerOfARedeemsHoursForAServiceAtB() {
    String[] v = worldA.activeVolunteerWithLogin();
    approved(worldA, v[0], 120);
    Http volunteer = Http.as(v[1]);
    BigDecimal payableBefore = new BigDecimal(payable(a, adminA.http(), agreement));

    JsonObject body = request(v[0], b.code(), "1.50");
    String key = "clearing-" + Ids.suffix();
    Http.Resp created = volunteer.header("Idempotency-Key", key).post(outbound(a), body);
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    Http.Resp retried = Http.as(v[1]).header("Idempotency-Key", key).post(outbound(a), body);
    assertEquals(id, retried.json().getString("id"), "a retry is answered with the first result");
    Http.Resp reused =
        Http.as(v[1])
            .header("Idempotency-Key", key)
            .post(outbound(a), request(v[0], b.code(), "0.50"));
    assertEquals(422, reused.status(), reused::toString);
    assertEquals("IDEMPOTENCY_KEY_REUSED", reused.code());
    assertEquals("0.50", balance(a, staffA.http(), v[0]), "1.50 h held once");
    assertEquals(
        0,
        payableBefore
            .add(new BigDecimal("1.50"))
            .compareTo(new BigDecimal(payable(a, adminA.http(), agreement))));

    // B sees the request by the requester's name, never A's volunteer id or balance.
    Http.Resp atB = staffB.http().get(inbound(b) + "/" + id);
    assertEquals(200, atB.status(), atB::toString);
    assertEquals(a.code(), atB.json().getString("sourceOrg"));
    assertEquals("志愿者", atB.json().getString("requesterName"));
    assertEquals("1.50", atB.json().getString("hours"));
    assertEquals("OPEN", atB.json().getString("status"));
    assertFalse(atB.body().contains(v[0]), "A's volunteer id stays at A");
    assertTrue(staffB.http().get(inbound(b) + "?status=OPEN").body().contains(id));
    assertEquals(403, volunteer.get(inbound(a)).status(), "volunteers do not serve requests");

    Http.Resp early = staffB.http().post(inbound(b) + "/" + id + "/confirm", null);
    assertEquals(422, early.status(), early::toString);
    assertEquals("PROVIDER_NOT_ASSIGNED", early.code());
    Http.Resp foreign =
        staffB
            .http()
            .post(inbound(b) + "/" + id + "/assign", "{\"providerVolunteerId\":\"" + v[0] + "\"}");
    assertEquals(404, foreign.status(), "A's volunteer is no volunteer of B");
    String provider = assignedAtB(id);
    Http.Resp confirmed = staffB.http().post(inbound(b) + "/" + id + "/confirm", null);
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertEquals("SETTLED", confirmed.json().getString("status"));

    assertEquals("1.50", balance(b, staffB.http(), provider), "the provider is paid at B");
    assertEquals("0.50", balance(a, staffA.http(), v[0]));
    Http.Resp mine = volunteer.get(outbound(a) + "/" + id);
    assertEquals(200, mine.status(), mine::toString);
    assertEquals("SETTLED", mine.json().getString("status"));
    assertTrue(mine.json().containsKey("settledAt"));
    Http.Resp list = volunteer.get(outbound(a));
    assertEquals(1, list.json().getJsonArray("items").size(), "a volunteer sees only their own");

    Http.Resp cancelSettled = volunteer.post(outbound(a) + "/" + id + "/cancel", null);
    assertEquals(409, cancelSettled.status(), cancelSettled::toString);
    assertEquals("REQUEST_SETTLED", cancelSettled.code());
    assertEquals("0.50", balance(a, staffA.http(), v[0]));

    JsonObject stA = statementFor(a, staffA.http(), b.code());
    JsonObject stB = statementFor(b, staffB.http(), a.code());
    assertTrue(hasMovement(stA, id, "HOLD", "1.50"), stA::toString);
    assertTrue(hasMovement(stB, id, "SETTLEMENT", "-1.50"), stB::toString);
    assertFalse(stB.toString().contains("tbx-hold:" + id), "B's statement shows only B's postings");
    statementsMirror();
    invariantsHold(a, adminA.http());
    invariantsHold(b, adminB.http());
  }

  static boolean hasMovement(JsonObject statement, String id, String type, String hours) {
    return statement.getJsonArray("movements").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(
            m ->
                id.equals(m.getString("requestId"))
                    && type.equals(m.getString("type"))
                    && hours.equals(m.getString("hours")));
  }

  @Test
  void aRedemptionBeyondTheLimitIsRefused() {
    String volunteer = volunteerOfAWith(600);
    BigDecimal room =
        new BigDecimal(LIMIT).subtract(new BigDecimal(payable(a, adminA.http(), agreement)));
    String tooMuch = room.add(new BigDecimal("0.50")).setScale(2).toPlainString();
    int inboundBefore =
        staffB.http().get(inbound(b) + "?limit=100").json().getJsonArray("items").size();
    Http.Resp r = staffA.http().post(outbound(a), request(volunteer, b.code(), tooMuch));
    assertEquals(422, r.status(), r::toString);
    assertEquals("CLEARING_LIMIT_EXCEEDED", r.code());
    assertEquals("10.00", balance(a, staffA.http(), volunteer), "nothing held");
    assertEquals(
        inboundBefore,
        staffB.http().get(inbound(b) + "?limit=100").json().getJsonArray("items").size(),
        "nothing reached B");
    Http.Resp overdraw =
        staffA.http().post(outbound(a), request(volunteerOfAWith(30), b.code(), "1"));
    assertEquals(422, overdraw.status(), overdraw::toString);
    assertEquals("INSUFFICIENT_BALANCE", overdraw.code());
    invariantsHold(a, adminA.http());
  }

  @Test
  void aSuspendedAgreementTakesNoNewRequests() {
    Http bAdmin = fx.b.admin().http();
    String line = agree(a, adminA.http(), fx.b, bAdmin, "5");
    String volunteer = volunteerOfAWith(180);
    Http.Resp first = staffA.http().post(outbound(a), request(volunteer, fx.b.code(), "1"));
    assertEquals(201, first.status(), first::toString);
    Http.Resp suspended = bAdmin.post(agreements(fx.b) + "/" + line + "/suspend", null);
    assertEquals(200, suspended.status(), suspended::toString);
    assertEquals(
        "SUSPENDED", adminA.http().get(agreements(a) + "/" + line).json().getString("status"));

    Http.Resp refused = staffA.http().post(outbound(a), request(volunteer, fx.b.code(), "1"));
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("AGREEMENT_NOT_ACTIVE", refused.code());
    assertEquals("2.00", balance(a, staffA.http(), volunteer));
    // The request made before the suspension can still be cancelled (or served).
    Http.Resp cancelled =
        staffA.http().post(outbound(a) + "/" + first.json().getString("id") + "/cancel", null);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("3.00", balance(a, staffA.http(), volunteer));
    Http.Resp again = adminA.http().post(agreements(a) + "/" + line + "/suspend", null);
    assertEquals(409, again.status(), again::toString);
    invariantsHold(a, adminA.http());
  }

  @Test
  void cancelReleasesTheHoldExactlyOnce() {
    String volunteer = volunteerOfAWith(120);
    String id = requested(volunteer, "1");
    assertEquals("1.00", balance(a, staffA.http(), volunteer));
    Http.Resp cancelled = staffA.http().post(outbound(a) + "/" + id + "/cancel", null);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals("2.00", balance(a, staffA.http(), volunteer));
    Http.Resp twice = staffA.http().post(outbound(a) + "/" + id + "/cancel", null);
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("REQUEST_ALREADY_RELEASED", twice.code());
    assertEquals("2.00", balance(a, staffA.http(), volunteer), "released once");
    assertEquals("CANCELLED", staffB.http().get(inbound(b) + "/" + id).json().getString("status"));
    assignedAtBRefused(id);
    JsonObject stA = statementFor(a, staffA.http(), b.code());
    assertTrue(hasMovement(stA, id, "HOLD", "1.00"), stA::toString);
    assertTrue(hasMovement(stA, id, "RELEASE", "-1.00"), stA::toString);
    invariantsHold(a, adminA.http());
    invariantsHold(b, adminB.http());
  }

  static void assignedAtBRefused(String id) {
    Http.Resp confirm = staffB.http().post(inbound(b) + "/" + id + "/confirm", null);
    assertEquals(409, confirm.status(), confirm::toString);
    assertEquals("REQUEST_CANCELLED", confirm.code());
  }

  @Test
  void aDeclinedRequestKeepsItsHoursVisibleUntilReleased() {
    String volunteer = volunteerOfAWith(120);
    String id = requested(volunteer, "2");
    Http.Resp declined =
        staffB.http().post(inbound(b) + "/" + id + "/decline", "{\"reason\":\"本月人手不足\"}");
    assertEquals(200, declined.status(), declined::toString);
    JsonObject atA = staffA.http().get(outbound(a) + "/" + id).json();
    assertEquals("DECLINED", atA.getString("status"));
    assertEquals("本月人手不足", atA.getString("declineReason"));
    assertEquals("0.00", balance(a, staffA.http(), volunteer), "still held, never vanished");
    assertTrue(
        statementFor(a, staffA.http(), b.code()).toString().contains(id),
        "an open item of A's statement");
    statementsMirror();
    platformCheckPasses();
    Http.Resp released = staffA.http().post(outbound(a) + "/" + id + "/cancel", null);
    assertEquals(200, released.status(), released::toString);
    assertEquals("RELEASED", released.json().getString("status"));
    assertEquals("2.00", balance(a, staffA.http(), volunteer));
    assertEquals(
        409,
        staffB.http().post(inbound(b) + "/" + id + "/confirm", null).status(),
        "declined stays");
    invariantsHold(a, adminA.http());
  }

  @Test
  void confirmRacingCancelHasExactlyOneWinner() throws Exception {
    int rounds = 6;
    List<String> volunteers = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> providers = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      String volunteer = volunteerOfAWith(60);
      String id = requested(volunteer, "0.50");
      volunteers.add(volunteer);
      ids.add(id);
      providers.add(assignedAtB(id));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Http.Resp>> confirms = new ArrayList<>();
      List<Future<Http.Resp>> cancels = new ArrayList<>();
      for (String id : ids) {
        Callable<Http.Resp> confirm =
            () -> staffB.http().post(inbound(b) + "/" + id + "/confirm", null);
        Callable<Http.Resp> cancel =
            () -> staffA.http().post(outbound(a) + "/" + id + "/cancel", null);
        if (ThreadLocalRandom.current().nextBoolean()) {
          confirms.add(pool.submit(confirm));
          cancels.add(pool.submit(cancel));
        } else {
          cancels.add(pool.submit(cancel));
          confirms.add(pool.submit(confirm));
        }
      }
      for (int i = 0; i < rounds; i++) {
        Http.Resp confirm = answer(confirms.get(i), "confirm", i);
        Http.Resp cancel = answer(cancels.get(i), "cancel", i);
        assertTrue(confirm.status() < 500 && cancel.status() < 500, confirm + " / " + cancel);
        assertNotEquals(confirm.status() == 200, cancel.status() == 200, confirm + " / " + cancel);
        assertTrue(confirm.status() == 409 || cancel.status() == 409, confirm + " / " + cancel);
        boolean settled = confirm.status() == 200;
        String id = ids.get(i);
        assertEquals(
            settled ? "SETTLED" : "CANCELLED",
            staffA.http().get(outbound(a) + "/" + id).json().getString("status"));
        assertEquals(
            settled ? "SETTLED" : "CANCELLED",
            staffB.http().get(inbound(b) + "/" + id).json().getString("status"));
        assertEquals(settled ? "0.50" : "1.00", balance(a, staffA.http(), volunteers.get(i)));
        assertEquals(settled ? "0.50" : "0.00", balance(b, staffB.http(), providers.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
    invariantsHold(a, adminA.http());
    invariantsHold(b, adminB.http());
    statementsMirror();
    platformCheckPasses();
  }

  /** The platform's own cross-tenant check of the same mirror identity, per pair. */
  static void platformCheckPasses() {
    Http.Resp check = fx.platform().get("/api/v1/platform/time-bank/clearing/check");
    assertEquals(200, check.status(), check::toString);
    assertTrue(check.json().getBoolean("ok"), check::toString);
    String pair =
        a.code().compareTo(b.code()) < 0
            ? "\"orgA\":\"" + a.code() + "\",\"orgB\":\"" + b.code() + "\""
            : "\"orgA\":\"" + b.code() + "\",\"orgB\":\"" + a.code() + "\"";
    assertTrue(check.body().contains(pair), check::toString);
    assertEquals(403, adminA.http().get("/api/v1/platform/time-bank/clearing/check").status());
  }

  /** The response, or a failure that says which request of which round never answered. */
  static Http.Resp answer(Future<Http.Resp> request, String what, int round) throws Exception {
    try {
      return request.get(90, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(what + " of round " + round + " did not answer within 90 s", e);
    }
  }

  @Test
  void aRequesterUnderTheRedeemAgeIsRefused() {
    // B keeps the default rules: redeeming from 60. B's members redeem at A under the same line.
    String young =
        worldB.activeVolunteer(Ids.residentIdBornOn(LocalDate.now(CHINA).minusYears(40)));
    approved(worldB, young, 60);
    Http.Resp refused = staffB.http().post(outbound(b), request(young, a.code(), "1"));
    assertEquals(422, refused.status(), refused::toString);
    assertEquals("REQUESTER_TOO_YOUNG", refused.code());
    assertEquals("1.00", balance(b, staffB.http(), young));

    String elder =
        worldB.activeVolunteer(Ids.residentIdBornOn(LocalDate.now(CHINA).minusYears(70)));
    approved(worldB, elder, 60);
    Http.Resp accepted = staffB.http().post(outbound(b), request(elder, a.code(), "1"));
    assertEquals(201, accepted.status(), accepted::toString);
    String id = accepted.json().getString("id");
    assertEquals("OPEN", staffA.http().get(inbound(a) + "/" + id).json().getString("status"));
    assertEquals(
        200, staffB.http().post(outbound(b) + "/" + id + "/cancel", null).status(), "hours back");
    assertEquals("1.00", balance(b, staffB.http(), elder));
  }

  @Test
  void badInputIsAnsweredPlainly() {
    String volunteer = volunteerOfAWith(60);
    Http.Resp zero = staffA.http().post(outbound(a), request(volunteer, b.code(), "0"));
    assertEquals(400, zero.status(), zero::toString);
    Http.Resp odd = staffA.http().post(outbound(a), request(volunteer, b.code(), "0.333"));
    assertEquals(400, odd.status(), odd::toString);
    assertEquals("INVALID_AMOUNT", odd.code());
    Http.Resp noLine = staffA.http().post(outbound(a), request(volunteer, fx.a.code(), "1"));
    assertEquals(422, noLine.status(), noLine::toString);
    assertEquals("AGREEMENT_NOT_ACTIVE", noLine.code());
    Http.Resp period =
        staffA.http().get(a.path() + "/time-bank/clearing/statements?period=2026-13");
    assertEquals(400, period.status(), period::toString);
    assertEquals("INVALID_PERIOD", period.code());
    Http.Resp unknown = staffB.http().get(inbound(b) + "/nope");
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("REQUEST_NOT_FOUND", unknown.code());
  }
}
