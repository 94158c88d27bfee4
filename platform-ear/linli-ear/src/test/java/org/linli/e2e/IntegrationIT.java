package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Simulator;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Approved service records reach the 全国志愿服务信息系统 (the civil-affairs simulator) through the
 * transactional outbox and the Camel relay: exactly once, after an outage, and through the dead
 * letters after a refusal. The simulator's failure rules apply to this class's own organization.
 */
class IntegrationIT {
  static final Duration DELIVERY = Duration.ofSeconds(60);

  static Fixture.TestOrg org;
  static VolunteerWorld world;
  static String volunteer;

  @BeforeAll
  static void setUp() {
    org = Fixture.get().createOrg("int-" + Ids.suffix());
    world = new VolunteerWorld(org);
    volunteer = world.activeVolunteer();
  }

  @BeforeEach
  void clearFailures() {
    Simulator.reset(org.code());
  }

  static int day = 2;

  /** Enters and approves a record of {@code volunteer}; returns its id. */
  static String approvedRecord(int minutes) {
    String record =
        world
            .enterRecord(volunteer, VolunteerWorld.facts(day++, 2, minutes))
            .json()
            .getString("id");
    Http.Resp review = world.review("APPROVE", null, record);
    assertEquals(200, review.status(), review::toString);
    return record;
  }

  static JsonObject flow() {
    Http.Resp r = org.staff().http().get(org.path() + "/integration/status");
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("flows").getJsonObject(0);
  }

  @Test
  void anApprovedRecordReachesTheReceiverExactlyOnce() {
    String record = approvedRecord(90);
    Simulator.await(
        "the record at the receiver", DELIVERY, () -> !Simulator.received(record).isEmpty());
    Simulator.await("the event marked sent", DELIVERY, () -> flow().getInt("pending") == 0);
    JsonObject stored = Simulator.receivedOnce(record);
    assertEquals(1, stored.getInt("deliveries"), "sent once: " + stored);
    assertEquals(org.code(), stored.getString("tenant"));
    JsonObject body = stored.getJsonObject("body");
    assertEquals(record, body.getString("recordId"));
    assertEquals(stored.getString("eventId"), body.getString("eventId"));
    assertEquals("1.50", body.getString("serviceHours"));
    assertEquals("社区助老服务", body.getString("activityName"));
    assertEquals(
        18, body.getString("idNumber").length(), "the full ID number goes to the receiver");
    assertFalse(body.getString("idNumber").contains("*"));
    assertFalse(body.getString("volunteerName").isBlank());
    JsonObject status = flow();
    assertEquals("MZT061_SERVICE_RECORD", status.getString("flow"));
    assertTrue(status.getBoolean("configured"));
    assertFalse(status.toString().contains("http"), "the endpoint is not shown: " + status);
  }

  @Test
  void aBacklogBuildsWhileTheReceiverIsDownAndDrainsWhenItReturns() {
    Simulator.fail(org.code(), 503, 0);
    int refusedBefore = Simulator.refused(org.code());
    String first = approvedRecord(30);
    String second = approvedRecord(45);
    Simulator.await(
        "both events refused at least once",
        DELIVERY,
        () -> Simulator.refused(org.code()) >= refusedBefore + 2);
    assertEquals(2, flow().getInt("pending"), "the backlog holds both events");
    assertTrue(Simulator.received(first).isEmpty());
    assertTrue(Simulator.received(second).isEmpty());
    Simulator.reset(org.code());
    Simulator.await(
        "the backlog delivered",
        DELIVERY,
        () -> !Simulator.received(first).isEmpty() && !Simulator.received(second).isEmpty());
    Simulator.await("the backlog empty", DELIVERY, () -> flow().getInt("pending") == 0);
    assertEquals(1, Simulator.receivedOnce(first).getInt("deliveries"));
    assertEquals(1, Simulator.receivedOnce(second).getInt("deliveries"));
    assertEquals(0, flow().getInt("openDeadLetters"), "an outage is not a dead letter");
  }

  @Test
  void aRefusedEventGoesToTheDeadLettersAndAReplayDeliversIt() {
    Http staff = org.staff().http();
    String letters = org.path() + "/integration/dead-letters";
    int openBefore = staff.get(letters + "?status=OPEN").json().getJsonArray("items").size();
    Simulator.fail(org.code(), 422, 1);
    String record = approvedRecord(60);
    Simulator.await(
        "a dead letter",
        DELIVERY,
        () -> staff.get(letters + "?status=OPEN").json().getJsonArray("items").size() > openBefore);
    JsonObject letter =
        staff.get(letters + "?status=OPEN").json().getJsonArray("items").getJsonObject(0);
    assertTrue(letter.getString("payload").contains(record), letter::toString);
    assertTrue(letter.getString("lastError").startsWith("HTTP 422"), letter::toString);
    assertEquals(1, letter.getInt("attempts"));
    assertEquals("OPEN", letter.getString("status"));
    Http.Resp shown = staff.get(letters + "/" + letter.getString("id"));
    assertEquals(200, shown.status(), shown::toString);
    assertEquals(letter.getString("eventId"), shown.json().getString("eventId"));
    assertTrue(Simulator.received(record).isEmpty(), "nothing stored from a refusal");
    assertEquals(1, flow().getInt("openDeadLetters"));

    Http.Resp replayed = staff.post(letters + "/" + letter.getString("id") + "/replay", null);
    assertEquals(200, replayed.status(), replayed::toString);
    assertEquals("REPLAYED", replayed.json().getString("status"));
    assertFalse(replayed.json().getString("resolvedBy").isBlank());
    Simulator.await("the replay delivered", DELIVERY, () -> !Simulator.received(record).isEmpty());
    JsonObject stored = Simulator.receivedOnce(record);
    assertEquals(letter.getString("eventId"), stored.getString("eventId"), "same event id");
    Http.Resp again = staff.post(letters + "/" + letter.getString("id") + "/replay", null);
    assertEquals(409, again.status(), again::toString);
    assertEquals("DEAD_LETTER_NOT_OPEN", again.code());
    Simulator.await("no open dead letter", DELIVERY, () -> flow().getInt("openDeadLetters") == 0);
  }

  @Test
  void aDeadLetterCanBeDiscardedWithAReason() {
    Http staff = org.staff().http();
    String letters = org.path() + "/integration/dead-letters";
    Simulator.fail(org.code(), 400, 1);
    String record = approvedRecord(20);
    Simulator.await(
        "a dead letter",
        DELIVERY,
        () ->
            staff.get(letters + "?status=OPEN").json().getJsonArray("items").stream()
                .anyMatch(l -> l.asJsonObject().getString("payload").contains(record)));
    String id =
        staff
            .get(letters + "?status=OPEN")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Http.Resp noReason = staff.post(letters + "/" + id + "/discard", "{\"reason\":\" \"}");
    assertEquals(400, noReason.status(), noReason::toString);
    Http.Resp discarded =
        staff.post(letters + "/" + id + "/discard", "{\"reason\":\"已在民政系统手工录入\"}");
    assertEquals(200, discarded.status(), discarded::toString);
    assertEquals("DISCARDED", discarded.json().getString("status"));
    assertEquals("已在民政系统手工录入", discarded.json().getString("discardReason"));
    Http.Resp replay = staff.post(letters + "/" + id + "/replay", null);
    assertEquals(409, replay.status(), replay::toString);
    assertTrue(Simulator.received(record).isEmpty(), "a discarded event is not sent");
    Http.Resp filtered = staff.get(letters + "?status=DISCARDED");
    assertEquals(id, filtered.json().getJsonArray("items").getJsonObject(0).getString("id"));
    Http.Resp bad = staff.get(letters + "?status=LOST");
    assertEquals(400, bad.status(), bad::toString);
    Http.Resp unknown = staff.get(letters + "/no-such-letter");
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("DEAD_LETTER_NOT_FOUND", unknown.code());
    Http.Resp volunteerAsks = org.volunteer().http().get(letters);
    assertEquals(403, volunteerAsks.status(), volunteerAsks::toString);
  }

  @Test
  void healthShowsTheRoutesAndTheBacklog() {
    Http.Resp live = Http.anonymous().get("/health/live");
    assertEquals(200, live.status(), live::toString);
    assertTrue(live.body().contains("\"route.outbox-relay\":\"Started\""), live::body);
    assertTrue(live.body().contains("\"route.mzt061-deliver\":\"Started\""), live::body);
    Http.Resp ready = Http.anonymous().get("/health/ready");
    assertTrue(ready.body().contains("integration-outbox"), ready::body);
    assertTrue(ready.body().contains("openDeadLetters"), ready::body);
  }
}
