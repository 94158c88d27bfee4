package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.VolunteerWorld;

/** Service records: entry, review, corrections, overlap across organizations, hours and stars. */
class ServiceRecordIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final VolunteerWorld b = new VolunteerWorld(fx.b);

  private static String id(Http.Resp resp) {
    assertEquals(201, resp.status(), resp::toString);
    return resp.json().getString("id");
  }

  @Test
  void staffEntryStartsPendingAndIsReviewedOnce() {
    String volunteer = a.activeVolunteer();
    Http.Resp entered = a.enterRecord(volunteer, VolunteerWorld.facts(2, 1, 90));
    assertEquals(201, entered.status(), entered::toString);
    assertEquals("PENDING", entered.json().getString("status"));
    assertEquals("1.50", entered.json().getString("hours"));
    assertEquals("STAFF", entered.json().getString("source"));
    String record = entered.json().getString("id");

    Http.Resp rejectWithoutNote = a.review("REJECT", null, record);
    assertEquals(400, rejectWithoutNote.status());
    Http.Resp approved = a.review("APPROVE", null, record);
    assertEquals(200, approved.status(), approved::toString);
    assertEquals(
        "APPROVED",
        Json.createReader(new java.io.StringReader(approved.body()))
            .readArray()
            .getJsonObject(0)
            .getString("status"));
    Http.Resp again = a.review("REJECT", "重复", record);
    assertEquals(409, again.status());
    assertEquals("RECORD_ALREADY_REVIEWED", again.code());

    Http.Resp hours = fx.a.staff().http().get(fx.a.path() + "/volunteers/" + volunteer + "/hours");
    assertEquals("1.50", hours.json().getString("approvedHours"));
    assertEquals(0, hours.json().getInt("stars"));
  }

  @Test
  void bulkReviewWithAnIdempotencyKeyDepositsOnceAndReplaysTheAnswer() {
    String volunteer = a.activeVolunteer();
    String r1 = id(a.enterRecord(volunteer, VolunteerWorld.facts(4, 1, 60)));
    String r2 = id(a.enterRecord(volunteer, VolunteerWorld.facts(4, 3, 30)));
    String r3 = id(a.enterRecord(volunteer, VolunteerWorld.facts(4, 5, 60)));
    String key = "review-" + Ids.suffix();
    Http.Resp first = a.reviewWithKey(key, "APPROVE", null, r1, r2);
    assertEquals(200, first.status(), first::toString);
    Http.Resp retry = a.reviewWithKey(key, "APPROVE", null, r1, r2);
    assertEquals(200, retry.status(), retry::toString);
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(
        Json.createReader(new java.io.StringReader(first.body())).readArray(),
        Json.createReader(new java.io.StringReader(retry.body())).readArray(),
        "the retry gets the first answer, not RECORD_ALREADY_REVIEWED");
    Http.Resp otherBody = a.reviewWithKey(key, "APPROVE", null, r3);
    assertEquals(422, otherBody.status(), otherBody::toString);
    assertEquals("IDEMPOTENCY_KEY_REUSED", otherBody.code());
    assertEquals(
        "PENDING",
        fx.a.staff().http().get(fx.a.path() + "/service-records/" + r3).json().getString("status"),
        "a reused key applies nothing");
    assertEquals(
        "1.50",
        fx.a
            .staff()
            .http()
            .get(fx.a.path() + "/volunteers/" + volunteer + "/hours")
            .json()
            .getString("approvedHours"),
        "the hours were deposited once");
  }

  @Test
  void bulkReviewIsAllOrNothing() {
    String volunteer = a.activeVolunteer();
    String r1 = id(a.enterRecord(volunteer, VolunteerWorld.facts(3, 1, 60)));
    String r2 = id(a.enterRecord(volunteer, VolunteerWorld.facts(3, 3, 60)));
    String r3 = id(a.enterRecord(volunteer, VolunteerWorld.facts(3, 5, 60)));
    assertEquals(200, a.review("APPROVE", null, r1).status());
    Http.Resp mixed = a.review("APPROVE", null, r2, r1, r3);
    assertEquals(409, mixed.status(), mixed::toString);
    assertEquals(
        "PENDING",
        fx.a.staff().http().get(fx.a.path() + "/service-records/" + r2).json().getString("status"),
        "nothing was half-applied");
    Http.Resp both = a.review("APPROVE", null, r2, r3);
    assertEquals(200, both.status());
    assertEquals(2, Json.createReader(new java.io.StringReader(both.body())).readArray().size());
    assertEquals(
        "3.00",
        fx.a
            .staff()
            .http()
            .get(fx.a.path() + "/volunteers/" + volunteer + "/hours")
            .json()
            .getString("approvedHours"));
  }

  @Test
  void aCorrectionIsANewRecordThatSupersedesTheOldOnceApproved() {
    String volunteer = a.activeVolunteer();
    String original = id(a.enterRecord(volunteer, VolunteerWorld.facts(4, 1, 120)));
    assertEquals(200, a.review("APPROVE", null, original).status());
    JsonObject correction =
        Json.createObjectBuilder()
            .add("facts", VolunteerWorld.facts(4, 1, 90))
            .add("reason", "签退时间登记错误")
            .build();
    Http.Resp corrected =
        fx.a
            .staff()
            .http()
            .post(fx.a.path() + "/service-records/" + original + "/correction", correction);
    assertEquals(201, corrected.status(), corrected::toString);
    assertEquals(original, corrected.json().getString("correctsId"));
    assertEquals(200, a.review("APPROVE", null, corrected.json().getString("id")).status());
    assertEquals(
        "SUPERSEDED",
        fx.a
            .staff()
            .http()
            .get(fx.a.path() + "/service-records/" + original)
            .json()
            .getString("status"),
        "kept, not deleted");
    assertEquals(
        "1.50",
        fx.a
            .staff()
            .http()
            .get(fx.a.path() + "/volunteers/" + volunteer + "/hours")
            .json()
            .getString("approvedHours"));
  }

  @Test
  void theSameTimeCannotBeCreditedTwiceAcrossOrganizations() {
    String idNumber = Ids.residentId();
    String inA = a.activeVolunteer(idNumber);
    String inB = b.activeVolunteer(idNumber);
    assertEquals(201, a.enterRecord(inA, VolunteerWorld.facts(5, 1, 120)).status());
    Http.Resp clash = b.enterRecord(inB, VolunteerWorld.facts(5, 2, 120));
    assertEquals(422, clash.status(), clash::toString);
    assertEquals("OVERLAPPING_SERVICE_TIME", clash.code());
    assertEquals(201, b.enterRecord(inB, VolunteerWorld.facts(5, 4, 60)).status());
  }

  @Test
  void invalidEntriesAreRefused() {
    String volunteer = a.activeVolunteer();
    Http staff = fx.a.staff().http();
    JsonObject noReason =
        Json.createObjectBuilder()
            .add("volunteerId", volunteer)
            .add("facts", VolunteerWorld.facts(6, 1, 60))
            .build();
    assertEquals(400, staff.post(fx.a.path() + "/service-records", noReason).status());
    Http.Resp future = a.enterRecord(volunteer, VolunteerWorld.facts(-2, 1, 60));
    assertEquals(422, future.status());
    assertEquals("SERVICE_IN_FUTURE", future.code());
    String pending =
        a.register(VolunteerWorld.registration(Ids.residentId()).build()).json().getString("id");
    Http.Resp notActive = a.enterRecord(pending, VolunteerWorld.facts(6, 3, 60));
    assertEquals(422, notActive.status());
    assertEquals(404, a.enterRecord("no-such-volunteer", VolunteerWorld.facts(6, 5, 60)).status());
    assertEquals(400, a.review("MAYBE", null, "x").status());
  }

  @Test
  void starsFromApprovedHoursAndOverdueRecordsAreListed() {
    String volunteer = a.activeVolunteer();
    String big = id(a.enterRecord(volunteer, VolunteerWorld.facts(30, 0, 100 * 60)));
    JsonObject overdue =
        fx
            .a
            .staff()
            .http()
            .get(fx.a.path() + "/service-records/overdue?limit=100")
            .json()
            .getJsonArray("items")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(r -> r.getString("id").equals(big))
            .findFirst()
            .orElse(null);
    assertTrue(overdue != null, "a record pending 30 days after the service is overdue");
    String recent = id(a.enterRecord(volunteer, VolunteerWorld.facts(1, 20, 30)));
    assertTrue(
        !fx.a
            .staff()
            .http()
            .get(fx.a.path() + "/service-records/overdue?limit=100")
            .body()
            .contains(recent));
    assertEquals(200, a.review("APPROVE", null, big).status());
    Http.Resp hours = fx.a.staff().http().get(fx.a.path() + "/volunteers/" + volunteer + "/hours");
    assertEquals("100.00", hours.json().getString("approvedHours"));
    assertEquals(1, hours.json().getInt("stars"));
  }

  @Test
  void aVolunteerSeesTheirOwnRecordsFromEveryOrganization() {
    String email = "rec-" + Ids.suffix() + "@v.test";
    String idNumber = Ids.residentId();
    Http.Resp inA = a.register(VolunteerWorld.registration(idNumber).add("email", email).build());
    assertEquals(201, inA.status(), inA::toString);
    String va = inA.json().getString("id");
    fx.a
        .staff()
        .http()
        .post(fx.a.path() + "/volunteers/" + va + "/status", "{\"status\":\"ACTIVE\"}");
    String vb = b.activeVolunteer(idNumber);
    String ra = id(a.enterRecord(va, VolunteerWorld.facts(7, 1, 60)));
    assertEquals(200, a.review("APPROVE", null, ra).status());
    id(b.enterRecord(vb, VolunteerWorld.facts(7, 3, 30)));
    Keycloak.setPassword(email, Fixture.PASSWORD);
    Http.Resp mine =
        Http.as(Keycloak.token(email, Fixture.PASSWORD)).get("/api/v1/me/service-records");
    assertEquals(200, mine.status(), mine::toString);
    assertEquals(2, mine.json().getJsonArray("records").size());
    assertEquals("1.00", mine.json().getString("approvedHours"));
    assertTrue(mine.body().contains(fx.a.code()) && mine.body().contains(fx.b.code()));
    Http.Resp other = fx.a.staff().http().get("/api/v1/me/service-records");
    assertEquals(0, other.json().getJsonArray("records").size(), "only one's own records");
  }

  @Test
  void aVolunteerAsksForACorrectionAndStaffCorrectOrDecline() {
    String[] v = a.activeVolunteerWithLogin();
    Http self = Http.as(v[1]);
    String record = id(a.enterRecord(v[0], VolunteerWorld.facts(8, 1, 60)));
    assertEquals(200, a.review("APPROVE", null, record).status());
    String requests = fx.a.path() + "/correction-requests";

    Http.Resp asked =
        self.post(
            requests,
            Json.createObjectBuilder().add("recordId", record).add("message", "实际服务了90分钟").build());
    assertEquals(201, asked.status(), asked::toString);
    assertEquals("OPEN", asked.json().getString("status"));
    assertEquals(
        409,
        self.post(
                requests,
                Json.createObjectBuilder().add("recordId", record).add("message", "再次").build())
            .status());
    Http.Resp notMine =
        fx.a
            .volunteer()
            .http()
            .post(
                requests,
                Json.createObjectBuilder().add("recordId", record).add("message", "x").build());
    assertEquals(404, notMine.status(), "someone else's record does not exist for them");
    assertTrue(
        fx.a
            .staff()
            .http()
            .get(requests + "?limit=100")
            .body()
            .contains(asked.json().getString("id")));

    JsonObject fix =
        Json.createObjectBuilder()
            .add("facts", VolunteerWorld.facts(8, 1, 90))
            .add("reason", "志愿者申请更正，签到表核实")
            .build();
    Http.Resp corrected =
        fx.a.staff().http().post(requests + "/" + asked.json().getString("id") + "/correct", fix);
    assertEquals(200, corrected.status(), corrected::toString);
    assertEquals("CORRECTED", corrected.json().getString("status"));
    JsonObject correction =
        fx.a
            .staff()
            .http()
            .get(fx.a.path() + "/service-records/" + corrected.json().getString("correctedById"))
            .json();
    assertEquals(record, correction.getString("correctsId"));
    assertEquals("1.50", correction.getString("hours"));

    String other = id(a.enterRecord(v[0], VolunteerWorld.facts(9, 1, 60)));
    String second =
        self.post(
                requests,
                Json.createObjectBuilder().add("recordId", other).add("message", "日期错了").build())
            .json()
            .getString("id");
    assertEquals(
        400, fx.a.staff().http().post(requests + "/" + second + "/decline", "{}").status());
    Http.Resp declined =
        fx.a
            .staff()
            .http()
            .post(requests + "/" + second + "/decline", "{\"resolution\":\"签到表显示日期无误\"}");
    assertEquals("DECLINED", declined.json().getString("status"));
    assertEquals(
        409,
        fx.a
            .staff()
            .http()
            .post(requests + "/" + second + "/decline", "{\"resolution\":\"再次\"}")
            .status());
  }
}
