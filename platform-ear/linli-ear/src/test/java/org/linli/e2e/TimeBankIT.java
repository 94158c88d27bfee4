package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.VolunteerWorld;

/** Time bank: approved hours deposit through the ledger, once, under the storage cap. */
class TimeBankIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);

  static JsonObject timeAccount(String volunteer) {
    Http.Resp r =
        fx.a.staff().http().get(fx.a.path() + "/volunteers/" + volunteer + "/time-account");
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static String approved(String volunteer, int minutes) {
    Http.Resp entered = a.enterRecord(volunteer, VolunteerWorld.facts(2, 1, minutes));
    assertEquals(201, entered.status(), entered::toString);
    String record = entered.json().getString("id");
    Http.Resp review = a.review("APPROVE", null, record);
    assertEquals(200, review.status(), review::toString);
    return record;
  }

  static void invariantsHold() {
    Http.Resp check = fx.a.admin().http().get(fx.a.path() + "/ledger/invariants");
    assertEquals(200, check.status(), check::toString);
    assertTrue(check.json().getBoolean("ok"), check::toString);
  }

  @Test
  void approvedStaffRecordDepositsHoursOnce() {
    String volunteer = a.activeVolunteer();
    assertEquals("0.00", timeAccount(volunteer).getString("balanceHours"));
    // A staff-entered record (source STAFF) deposits like a check-in; 60 minutes fit any cap >= 1.
    String record = approved(volunteer, 60);
    assertEquals("1.00", timeAccount(volunteer).getString("balanceHours"));

    Http.Resp again = a.review("APPROVE", null, record);
    assertEquals(409, again.status(), again::toString);
    assertEquals("RECORD_ALREADY_REVIEWED", again.code());
    assertEquals("1.00", timeAccount(volunteer).getString("balanceHours"), "no second deposit");
    invariantsHold();
  }

  @Test
  void aVolunteerSeesOnlyTheirOwnTimeAccounts() {
    String[] v = a.activeVolunteerWithLogin();
    approved(v[0], 60);
    Http.Resp mine = Http.as(v[1]).get("/api/v1/me/time-accounts");
    assertEquals(200, mine.status(), mine::toString);
    JsonArray accounts = Json.createReader(new StringReader(mine.body())).readArray();
    assertEquals(1, accounts.size(), mine::toString);
    assertEquals(fx.a.code(), accounts.getJsonObject(0).getString("org"));
    assertEquals("1.00", accounts.getJsonObject(0).getString("balanceHours"));
    Http.Resp other = fx.a.staff().http().get("/api/v1/me/time-accounts");
    assertEquals(200, other.status(), other::toString);
    assertEquals("[]", other.body().trim(), "staff without deposits see none of others'");
    assertEquals(401, Http.anonymous().get("/api/v1/me/time-accounts").status());
  }

  @Test
  void anApprovedCorrectionReplacesTheCorrectedDeposit() {
    String volunteer = a.activeVolunteer();
    String original = approved(volunteer, 120);
    assertEquals("2.00", timeAccount(volunteer).getString("balanceHours"));
    JsonObject correction =
        Json.createObjectBuilder()
            .add("facts", VolunteerWorld.facts(2, 1, 90))
            .add("reason", "签退时间登记错误")
            .build();
    Http.Resp corrected =
        fx.a
            .staff()
            .http()
            .post(fx.a.path() + "/service-records/" + original + "/correction", correction);
    assertEquals(201, corrected.status(), corrected::toString);
    Http.Resp review = a.review("APPROVE", null, corrected.json().getString("id"));
    assertEquals(200, review.status(), review::toString);
    assertEquals("1.50", timeAccount(volunteer).getString("balanceHours"), "not 3.50");
    invariantsHold();
  }

  @Test
  void unknownVolunteerHasNoTimeAccount() {
    Http.Resp r = fx.a.staff().http().get(fx.a.path() + "/volunteers/nope/time-account");
    assertEquals(404, r.status(), r::toString);
    assertEquals("VOLUNTEER_NOT_FOUND", r.code());
  }

  @Test
  void depositOverTheCapGoesToThePool() {
    String path = fx.a.path() + "/settings";
    Http admin = fx.a.admin().http();
    Http.Resp current = admin.get(path);
    assertEquals(200, current.status(), current::toString);
    JsonObject original = current.json();
    JsonObject capped =
        Json.createObjectBuilder(original)
            .add("timeBank", Json.createObjectBuilder().add("capHours", 1))
            .build();
    Http.Resp put = admin.header("If-Match", current.header("ETag")).put(path, capped.toString());
    assertEquals(200, put.status(), put::toString);
    try {
      String volunteer = a.activeVolunteer();
      JsonObject before = timeAccount(volunteer);
      assertEquals("1", before.getString("capHours"));
      approved(volunteer, 90);
      JsonObject after = timeAccount(volunteer);
      assertEquals("1.00", after.getString("balanceHours"));
      assertEquals(
          new BigDecimal("0.50"),
          new BigDecimal(after.getString("poolHours"))
              .subtract(new BigDecimal(before.getString("poolHours"))));
      invariantsHold();
    } finally {
      // Leave the shared organization with the default cap for other tests.
      Http.Resp now = admin.get(path);
      admin.header("If-Match", now.header("ETag")).put(path, original.toString());
    }
  }
}
