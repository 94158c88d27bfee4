package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.DonationWorld;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.FlowSimulator;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;
import org.linli.e2e.support.Simulator;
import org.linli.e2e.support.VolunteerWorld;

/**
 * The outbound flows beyond MZ/T 061 (issue 21, part B) against the civil-affairs simulator:
 * certificates and receipts reach their receivers once, keyed by event id; a receiver down for the
 * whole outage gets every event exactly once afterwards; a refused event goes to the dead letters
 * and a replay delivers it; a month's home-care statistics are recorded once however often they are
 * asked for; the flows API with settings for org admins (credential never returned), and the
 * metrics. The simulator's rules apply to this class's own organizations only.
 */
class OutboundFlowsIT {
  static final Duration DELIVERY = Duration.ofSeconds(90);

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static String today() {
    return PurchaseWorld.today().toString();
  }

  static Fixture.TestOrg org;
  static DonationWorld gifts;
  static String company;
  static String series;

  @BeforeAll
  static void setUp() {
    org = Fixture.get().createOrg("obf-" + Ids.suffix());
    gifts = new DonationWorld(org);
    company = gifts.company("对接测试公司" + Ids.suffix());
    series =
        gifts.series(
            String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
            1,
            500);
  }

  @AfterEach
  void clearRules() {
    FlowSimulator.reset(org.code());
  }

  static String flows() {
    return org.path() + "/integration/flows";
  }

  static JsonObject flow(String name) {
    Http.Resp r = org.staff().http().get(flows() + "/" + name);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  /** A donation with an issued receipt; returns the receipt. */
  static JsonObject receipt(String amount) {
    String donation = gifts.give(DonationWorld.cash(company, amount, today())).getString("id");
    Http.Resp r = gifts.issue(donation, series);
    assertEquals(201, r.status(), r::toString);
    return r.json();
  }

  static List<JsonObject> receiptsAt(String receiptCodeNo) {
    return FlowSimulator.received("donation-receipts", org.code()).stream()
        .map(v -> v.asJsonObject())
        .filter(
            v -> {
              JsonObject b = v.getJsonObject("body");
              return receiptCodeNo.equals(
                  b.getString("receiptCode") + "/" + b.getString("receiptNumber"));
            })
        .toList();
  }

  static String key(JsonObject receipt) {
    return receipt.getString("receiptCode") + "/" + receipt.getString("receiptNo");
  }

  @Test
  void anIssuedCertificateReachesTheVolunteerSystemOnceKeyedByItsEventId() {
    VolunteerWorld world = new VolunteerWorld(org);
    String volunteer = world.activeVolunteer();
    String record =
        world.enterRecord(volunteer, VolunteerWorld.facts(6, 1, 90)).json().getString("id");
    assertEquals(200, world.review("APPROVE", null, record).status());
    Http.Resp issued =
        org.staff()
            .http()
            .post(
                org.path() + "/volunteers/" + volunteer + "/certificates",
                Json.createObjectBuilder()
                    .add("from", LocalDate.parse(today()).minusDays(30).toString())
                    .add("to", today())
                    .add("purpose", "升学材料")
                    .build());
    assertEquals(201, issued.status(), issued::toString);
    String number = issued.json().getString("certificateNo");
    Simulator.await(
        "the certificate at the receiver",
        DELIVERY,
        () ->
            FlowSimulator.received("volunteer-certificates", org.code()).stream()
                .anyMatch(
                    v ->
                        number.equals(
                            v.asJsonObject().getJsonObject("body").getString("certificateNo"))));
    JsonObject stored =
        FlowSimulator.received("volunteer-certificates", org.code()).stream()
            .map(v -> v.asJsonObject())
            .filter(v -> number.equals(v.getJsonObject("body").getString("certificateNo")))
            .findFirst()
            .orElseThrow();
    assertEquals(1, stored.getInt("deliveries"), stored::toString);
    JsonObject body = stored.getJsonObject("body");
    assertEquals(stored.getString("eventId"), body.getString("eventId"), "the key is the event id");
    assertEquals("VOLUNTEER_CERTIFICATE", body.getString("flow"));
    assertEquals(issued.json().getString("id"), body.getString("certificateId"));
    assertEquals(volunteer, body.getString("volunteerId"));
    assertEquals("1.50", body.getString("totalHours"));
    assertTrue(body.getString("idNumberMasked").contains("*"), "only the masked number");
    assertFalse(body.containsKey("idNumber"));
    Simulator.await(
        "the certificate event sent",
        DELIVERY,
        () -> flow("VOLUNTEER_CERTIFICATE").getInt("pending") == 0);
    JsonObject status = flow("VOLUNTEER_CERTIFICATE");
    assertTrue(status.getJsonNumber("sent").longValue() >= 1, status::toString);
    assertFalse(status.isNull("lastSentAt"), status::toString);
    assertEquals("全国志愿服务信息系统", status.getString("receiver"));
  }

  @Test
  void receiptsWaitOutAWholeOutageAndArriveExactlyOnceAfterwards() {
    String intake = "donation-receipts";
    // Other tests of this class may have left dead letters of the flow: only new ones count.
    int openBefore = flow("DONATION_RECEIPT").getInt("openDeadLetters");
    FlowSimulator.fail(intake, org.code(), 503, 0);
    int refusedBefore = FlowSimulator.refused(intake, org.code());
    List<JsonObject> issued = List.of(receipt("10.00"), receipt("20.00"), receipt("30.00"));
    // Each receipt tried at least once (with two relays, one receipt may be refused twice before
    // another is tried: the simulator's total alone does not say each was).
    Simulator.await(
        "every receipt refused at least once",
        DELIVERY,
        () -> {
          if (FlowSimulator.refused(intake, org.code()) < refusedBefore + 3) {
            return false;
          }
          Http.Resp b = org.staff().http().get(flows() + "/DONATION_RECEIPT/events?status=PENDING");
          JsonArray items = b.json().getJsonArray("items");
          return items.size() == 3
              && items.stream().allMatch(e -> e.asJsonObject().getInt("attempts") >= 1);
        });
    // Then the connection itself goes: closed without an answer, still an outage.
    FlowSimulator.reset(org.code());
    FlowSimulator.drop(intake, org.code());
    int dropsBefore = FlowSimulator.refused(intake, org.code());
    Simulator.await(
        "deliveries dropped",
        DELIVERY,
        () -> FlowSimulator.refused(intake, org.code()) > dropsBefore);
    JsonObject during = flow("DONATION_RECEIPT");
    assertEquals(3, during.getInt("pending"), during::toString);
    assertFalse(during.isNull("oldestPendingAt"), during::toString);
    assertEquals(openBefore, during.getInt("openDeadLetters"), "an outage is not a dead letter");
    Http.Resp backlog = org.staff().http().get(flows() + "/DONATION_RECEIPT/events?status=PENDING");
    assertEquals(200, backlog.status(), backlog::toString);
    JsonArray waiting = backlog.json().getJsonArray("items");
    assertEquals(3, waiting.size(), waiting::toString);
    waiting.forEach(
        e -> {
          assertTrue(e.asJsonObject().getInt("attempts") >= 1, e::toString);
          assertFalse(e.asJsonObject().getString("lastError").isBlank(), e::toString);
        });
    issued.forEach(r -> assertTrue(receiptsAt(key(r)).isEmpty(), "nothing stored in the outage"));

    FlowSimulator.reset(org.code());
    Simulator.await(
        "every receipt delivered",
        DELIVERY,
        () -> issued.stream().allMatch(r -> !receiptsAt(key(r)).isEmpty()));
    Simulator.await(
        "the backlog empty", DELIVERY, () -> flow("DONATION_RECEIPT").getInt("pending") == 0);
    Set<String> eventIds = new HashSet<>();
    for (JsonObject r : issued) {
      List<JsonObject> at = receiptsAt(key(r));
      assertEquals(1, at.size(), "one stored event per receipt: " + at);
      assertEquals(1, at.get(0).getInt("deliveries"), "delivered exactly once: " + at);
      JsonObject body = at.get(0).getJsonObject("body");
      assertEquals(r.getString("amount"), body.getString("amount"));
      assertEquals(r.getString("checkCode"), body.getString("checkCode"));
      eventIds.add(at.get(0).getString("eventId"));
    }
    assertEquals(3, eventIds.size(), "three events, three ids");
    Http.Resp sent = org.staff().http().get(flows() + "/DONATION_RECEIPT/events?status=SENT");
    Set<String> sentIds =
        sent.json().getJsonArray("items").stream()
            .map(e -> e.asJsonObject().getString("id"))
            .collect(Collectors.toSet());
    assertTrue(sentIds.containsAll(eventIds), "the receiver's keys are the outbox's event ids");
  }

  @Test
  void aRefusedReceiptGoesToTheDeadLettersAndAReplayDeliversIt() {
    Http staff = org.staff().http();
    String letters = org.path() + "/integration/dead-letters?status=OPEN";
    FlowSimulator.fail("donation-receipts", org.code(), 422, 1);
    JsonObject r = receipt("66.00");
    Simulator.await(
        "a dead letter of the receipt",
        DELIVERY,
        () ->
            staff.get(letters).json().getJsonArray("items").stream()
                .anyMatch(l -> l.asJsonObject().getString("payload").contains(r.getString("id"))));
    JsonObject letter =
        staff.get(letters).json().getJsonArray("items").stream()
            .map(l -> l.asJsonObject())
            .filter(l -> l.getString("payload").contains(r.getString("id")))
            .findFirst()
            .orElseThrow();
    assertEquals("DONATION_RECEIPT", letter.getString("flow"));
    assertTrue(letter.getString("lastError").startsWith("HTTP 422"), letter::toString);
    assertTrue(receiptsAt(key(r)).isEmpty());
    assertTrue(flow("DONATION_RECEIPT").getInt("openDeadLetters") >= 1);
    Http.Resp replay =
        staff.post(
            org.path() + "/integration/dead-letters/" + letter.getString("id") + "/replay", null);
    assertEquals(200, replay.status(), replay::toString);
    Simulator.await("the replay delivered", DELIVERY, () -> !receiptsAt(key(r)).isEmpty());
    JsonObject stored = receiptsAt(key(r)).get(0);
    assertEquals(letter.getString("eventId"), stored.getString("eventId"), "same event id");
    assertEquals(1, stored.getInt("deliveries"));
  }

  @Test
  void aMonthsHomeCareStatisticsAreRecordedOnceHoweverOftenAsked() {
    Fixture.TestOrg buyer = PurchaseWorld.buyer("obb-" + Ids.suffix());
    Fixture.TestOrg provider = Fixture.get().createOrg("obp-" + Ids.suffix());
    String contract = PurchaseWorld.activeContract(buyer, provider);
    String resident = PurchaseWorld.assignedResident(buyer, contract);
    YearMonth last = YearMonth.from(PurchaseWorld.today()).minusMonths(1);
    for (String item : List.of("CLEANING", "CLEANING", "MEAL_AID")) {
      Http.Resp o =
          buyer
              .staff()
              .http()
              .post(
                  buyer.path() + "/service-orders",
                  Json.createObjectBuilder()
                      .add("contractId", contract)
                      .add("residentId", resident)
                      .add("itemCode", item)
                      .add("serviceDate", last.atDay(5).toString())
                      .build());
      assertEquals(201, o.status(), o::toString);
    }
    // An order of this month is not in last month's statistics.
    PurchaseWorld.order(buyer, contract, resident, "CLEANING");
    String runs = buyer.path() + "/integration/flows/HOME_CARE_MONTHLY_STATS/runs";
    String month = "{\"month\":\"" + last + "\"}";
    Http admin = buyer.admin().http();
    List<Http.Resp> answers =
        List.of(
                CompletableFuture.supplyAsync(() -> admin.post(runs, month)),
                CompletableFuture.supplyAsync(() -> admin.post(runs, month)),
                CompletableFuture.supplyAsync(() -> admin.post(runs, month)))
            .stream()
            .map(CompletableFuture::join)
            .toList();
    assertEquals(
        List.of(200, 200, 201),
        answers.stream().map(Http.Resp::status).sorted().toList(),
        answers::toString);
    String eventId =
        answers.stream()
            .filter(a -> a.status() == 201)
            .findFirst()
            .orElseThrow()
            .json()
            .getString("eventId");
    Simulator.await(
        "the statistics at the receiver",
        DELIVERY,
        () -> !FlowSimulator.received("home-care-statistics", buyer.code()).isEmpty());
    Simulator.await(
        "the event sent",
        DELIVERY,
        () ->
            buyer
                    .staff()
                    .http()
                    .get(buyer.path() + "/integration/flows/HOME_CARE_MONTHLY_STATS")
                    .json()
                    .getInt("pending")
                == 0);
    JsonArray stored = FlowSimulator.received("home-care-statistics", buyer.code());
    assertEquals(1, stored.size(), "one report for the month: " + stored);
    JsonObject body = stored.getJsonObject(0).getJsonObject("body");
    assertEquals(eventId, stored.getJsonObject(0).getString("eventId"));
    assertEquals(last.toString(), body.getString("month"));
    assertEquals(buyer.code(), body.getString("buyerOrg"));
    assertEquals(3, body.getInt("totalOrders"), body::toString);
    JsonObject cleaning = body.getJsonArray("items").getJsonObject(0);
    assertEquals("CLEANING", cleaning.getString("itemCode"));
    assertEquals(2, cleaning.getInt("orders"));
    assertEquals(3, body.getJsonObject("byStatus").getInt("PENDING_DISPATCH"), body::toString);

    Http.Resp again = admin.post(runs, month);
    assertEquals(200, again.status(), again::toString);
    assertFalse(again.json().getBoolean("recorded"));
    Http.Resp current =
        admin.post(runs, "{\"month\":\"" + YearMonth.from(PurchaseWorld.today()) + "\"}");
    assertEquals(400, current.status(), current::toString);
    Http.Resp badMonth = admin.post(runs, "{\"month\":\"2026-13\"}");
    assertEquals(400, badMonth.status(), badMonth::toString);
    Http.Resp notRunnable =
        admin.post(buyer.path() + "/integration/flows/DONATION_RECEIPT/runs", month);
    assertEquals(422, notRunnable.status(), notRunnable::toString);
    assertEquals("INTEGRATION_FLOW_NOT_RUNNABLE", notRunnable.code());
    Http.Resp notBuyer =
        provider
            .admin()
            .http()
            .post(provider.path() + "/integration/flows/HOME_CARE_MONTHLY_STATS/runs", month);
    assertEquals(422, notBuyer.status(), notBuyer::toString);
    assertEquals("INTEGRATION_NOT_A_BUYER", notBuyer.code());
    Http.Resp staffRuns = buyer.staff().http().post(runs, month);
    assertEquals(403, staffRuns.status(), staffRuns::toString);
  }

  @Test
  void settingsAreForOrgAdminsAndTheCredentialIsNeverReturned() {
    Fixture.TestOrg other = Fixture.get().createOrg("obs-" + Ids.suffix());
    String settings = other.path() + "/integration/flows/CONTRACT_SETTLEMENT/settings";
    String secret = "tok-" + Ids.suffix() + "-secret";
    String body =
        "{\"enabled\":true,\"endpoint\":\"https://yl.example.gov.cn/api/settlements\","
            + "\"credential\":\""
            + secret
            + "\"}";
    Http.Resp byStaff = other.staff().http().put(settings, body);
    assertEquals(403, byStaff.status(), byStaff::toString);
    Http.Resp set = other.admin().http().put(settings, body);
    assertEquals(200, set.status(), set::toString);
    assertTrue(set.json().getBoolean("credentialSet"));
    assertTrue(set.json().getBoolean("ownEndpoint"));
    assertEquals("https://yl.example.gov.cn/api/settlements", set.json().getString("endpoint"));
    assertFalse(set.body().contains(secret), "the credential is not returned");
    Http.Resp list = other.staff().http().get(other.path() + "/integration/flows");
    assertEquals(200, list.status(), list::toString);
    assertEquals(5, list.json().getJsonArray("items").size());
    assertFalse(list.body().contains(secret));
    Http.Resp page = other.staff().http().get(other.path() + "/integration/flows?limit=2");
    assertEquals(2, page.json().getJsonArray("items").size());
    assertFalse(page.json().isNull("nextCursor"));
    Http.Resp next =
        other
            .staff()
            .http()
            .get(
                other.path()
                    + "/integration/flows?limit=2&cursor="
                    + page.json().getString("nextCursor"));
    assertNotEquals(
        page.json().getJsonArray("items").getJsonObject(0).getString("flow"),
        next.json().getJsonArray("items").getJsonObject(0).getString("flow"));

    // Keeping the credential: absent keeps it, empty removes it.
    Http.Resp keep = other.admin().http().put(settings, "{\"enabled\":false}");
    assertEquals(200, keep.status(), keep::toString);
    assertTrue(keep.json().getBoolean("credentialSet"));
    assertFalse(keep.json().getBoolean("enabled"));
    assertFalse(keep.json().getBoolean("ownEndpoint"), "no endpoint given: the platform's");
    Http.Resp clear = other.admin().http().put(settings, "{\"enabled\":true,\"credential\":\"\"}");
    assertFalse(clear.json().getBoolean("credentialSet"));

    Http.Resp ftp =
        other.admin().http().put(settings, "{\"enabled\":true,\"endpoint\":\"ftp://x\"}");
    assertEquals(400, ftp.status(), ftp::toString);
    assertTrue(ftp.body().contains("INTEGRATION_ENDPOINT_INVALID"), ftp::body);
    Http.Resp userInfo =
        other.admin().http().put(settings, "{\"enabled\":true,\"endpoint\":\"https://u:p@x.cn/\"}");
    assertEquals(400, userInfo.status(), userInfo::toString);
    Http.Resp noEnabled = other.admin().http().put(settings, "{\"endpoint\":\"https://x.cn/\"}");
    assertEquals(400, noEnabled.status(), noEnabled::toString);
    Http.Resp unknownField =
        other.admin().http().put(settings, "{\"enabled\":true,\"password\":\"x\"}");
    assertEquals(400, unknownField.status(), unknownField::toString);
    Http.Resp unknownFlow = other.staff().http().get(other.path() + "/integration/flows/FAX");
    assertEquals(404, unknownFlow.status(), unknownFlow::toString);
    assertEquals("INTEGRATION_FLOW_NOT_FOUND", unknownFlow.code());
    Http.Resp badStatus =
        other
            .staff()
            .http()
            .get(other.path() + "/integration/flows/DONATION_RECEIPT/events?status=LOST");
    assertEquals(400, badStatus.status(), badStatus::toString);
    Http.Resp volunteer = other.volunteer().http().get(other.path() + "/integration/flows");
    assertEquals(403, volunteer.status(), volunteer::toString);

    // Another organization sees none of it.
    JsonObject mine = flow("CONTRACT_SETTLEMENT");
    assertFalse(mine.getBoolean("ownEndpoint"), mine::toString);
    assertFalse(mine.getBoolean("credentialSet"), mine::toString);
    assertTrue(mine.getBoolean("enabled"));
  }

  @Test
  void aSwitchedOffFlowRecordsNothing() {
    Fixture.TestOrg off = Fixture.get().createOrg("obo-" + Ids.suffix());
    Http.Resp set =
        off.admin()
            .http()
            .put(
                off.path() + "/integration/flows/DONATION_RECEIPT/settings", "{\"enabled\":false}");
    assertEquals(200, set.status(), set::toString);
    DonationWorld w = new DonationWorld(off);
    String s =
        w.series(
            String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
            1,
            9);
    String donation =
        w.give(DonationWorld.cash(w.company("关闭测试" + Ids.suffix()), "5.00", today()))
            .getString("id");
    assertEquals(201, w.issue(donation, s).status());
    JsonObject status =
        off.staff().http().get(off.path() + "/integration/flows/DONATION_RECEIPT").json();
    assertEquals(0, status.getInt("pending"), status::toString);
    assertEquals(0, status.getInt("sent"), status::toString);
    assertFalse(status.getBoolean("enabled"));
  }

  @Test
  void metricsAndHealthShowTheFlowsBacklogAndRoutes() {
    Http.Resp metrics =
        Http.anonymous().header("Accept", "text/plain").get("/metrics?scope=application");
    assertEquals(200, metrics.status(), metrics::toString);
    String text = metrics.body();
    for (String flow :
        List.of(
            "MZT061_SERVICE_RECORD",
            "VOLUNTEER_CERTIFICATE",
            "DONATION_RECEIPT",
            "CONTRACT_SETTLEMENT",
            "HOME_CARE_MONTHLY_STATS")) {
      assertTrue(
          text.lines()
              .anyMatch(
                  l ->
                      l.startsWith("linli_integration_outbox_pending")
                          && l.contains("\"" + flow + "\"")),
          "pending gauge of " + flow + ":\n" + text);
    }
    assertTrue(
        text.lines()
            .anyMatch(
                l ->
                    l.startsWith("linli_integration_route_started")
                        && l.contains("outbox-relay")
                        && l.endsWith(" 1.0")),
        text);
    assertTrue(text.contains("linli_integration_dead_letters_open"), text);
    Http.Resp ready = Http.anonymous().get("/health/ready");
    assertTrue(ready.body().contains("\"pending.DONATION_RECEIPT\""), ready::body);
    assertTrue(ready.body().contains("\"openDeadLetters.DONATION_RECEIPT\""), ready::body);
  }
}
