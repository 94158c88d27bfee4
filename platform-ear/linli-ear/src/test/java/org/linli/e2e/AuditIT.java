package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.TestEnv;

/** The hash-chained audit log: every change recorded, chained, verifiable, tamper-evident. */
class AuditIT {
  static final Fixture fx = Fixture.get();

  @Test
  void everyChangeIsChainedAndTheChainVerifies() {
    Fixture.TestOrg org = fx.createOrg("tq-" + Ids.suffix());
    Http admin = org.admin().http();
    JsonArray records =
        admin.get(org.path() + "/audit/records?limit=100").json().getJsonArray("items");
    assertTrue(records.size() >= 4, records::toString);
    String prev = "0".repeat(64);
    for (int i = 0; i < records.size(); i++) {
      JsonObject r = records.getJsonObject(i);
      assertEquals(i + 1, r.getInt("seq"));
      assertEquals(prev, r.getString("prevHash"), "linked to the previous record");
      prev = r.getString("hash");
    }
    Http.Resp verification = admin.get(org.path() + "/audit/verification");
    assertEquals(200, verification.status(), verification::toString);
    assertEquals(true, verification.json().getBoolean("valid"));
    assertEquals(records.size(), verification.json().getInt("recordsChecked"));
    assertEquals(403, org.staff().http().get(org.path() + "/audit/verification").status());
  }

  @Test
  void recordsCutOffTheEndAreDetected() throws SQLException {
    Fixture.TestOrg org = fx.createOrg("tc-" + Ids.suffix());
    long before =
        org.admin().http().get(org.path() + "/audit/verification").json().getInt("recordsChecked");
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      c.createStatement()
          .execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
      c.createStatement()
          .executeUpdate(
              "DELETE FROM audit_record WHERE tenant_id = '"
                  + org.code()
                  + "' AND seq = "
                  + before);
      c.createStatement()
          .execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only");
    }
    JsonObject result = org.admin().http().get(org.path() + "/audit/verification").json();
    assertEquals(false, result.getBoolean("valid"), result::toString);
    assertEquals(before, result.getInt("firstBrokenSeq"));
  }

  @Test
  void tamperingByTheTableOwnerIsDetected() throws SQLException {
    Fixture.TestOrg org = fx.createOrg("tt-" + Ids.suffix());
    Fixture.invite(
        org.admin().http(), org.code(), "aud-" + Ids.suffix() + "@q.test", List.of("auditor"));
    // Someone with the owner's rights bypasses the trigger and rewrites history.
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      c.createStatement()
          .execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
      c.createStatement()
          .executeUpdate(
              "UPDATE audit_record SET actor = 'mallory' WHERE tenant_id = '"
                  + org.code()
                  + "' AND seq = 2");
      c.createStatement()
          .execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only");
    }
    JsonObject result = org.admin().http().get(org.path() + "/audit/verification").json();
    assertEquals(false, result.getBoolean("valid"));
    assertEquals(2, result.getInt("firstBrokenSeq"));
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      c.createStatement()
          .execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
      c.createStatement()
          .executeUpdate(
              "DELETE FROM audit_record WHERE tenant_id = '"
                  + org.code()
                  + "' AND seq = (SELECT max(seq) FROM audit_record WHERE tenant_id = '"
                  + org.code()
                  + "')");
      c.createStatement()
          .execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only");
    }
    assertEquals(
        2,
        org.admin().http().get(org.path() + "/audit/verification").json().getInt("firstBrokenSeq"),
        "still broken at 2");
    JsonObject other = fx.a.admin().http().get(fx.a.path() + "/audit/verification").json();
    assertEquals(true, other.getBoolean("valid"), "other tenants' chains are unaffected");
  }

  @Test
  void thePlatformAdminVerifiesEveryChainAndSeesOnlyVerdicts() throws SQLException {
    Fixture.TestOrg intact = fx.createOrg("tv-" + Ids.suffix());
    Fixture.TestOrg broken = fx.createOrg("tb-" + Ids.suffix());
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      c.createStatement()
          .execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
      c.createStatement()
          .executeUpdate(
              "UPDATE audit_record SET actor = 'mallory' WHERE tenant_id = '"
                  + broken.code()
                  + "' AND seq = 2");
      c.createStatement()
          .execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only");
    }
    Http.Resp all = fx.platform().get("/api/v1/platform/audit/verification");
    assertEquals(200, all.status(), all::toString);
    JsonObject own = intact.admin().http().get(intact.path() + "/audit/verification").json();
    JsonObject intactVerdict = verdictOf(all.json(), intact.code());
    assertEquals(true, intactVerdict.getBoolean("ok"), intactVerdict::toString);
    assertEquals(own.getInt("recordsChecked"), intactVerdict.getInt("recordsChecked"));
    JsonObject brokenVerdict = verdictOf(all.json(), broken.code());
    assertEquals(false, brokenVerdict.getBoolean("ok"), brokenVerdict::toString);
    assertEquals(2, brokenVerdict.getInt("firstBrokenSeq"));
    assertEquals(false, all.json().getBoolean("ok"), "one broken chain fails the platform check");
    assertTrue(!all.body().contains("mallory"), "no audit record leaves its organization");
    assertEquals(403, intact.admin().http().get("/api/v1/platform/audit/verification").status());
  }

  private static JsonObject verdictOf(JsonObject all, String org) {
    return all.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("tenantId").equals(org))
        .findFirst()
        .orElseThrow(() -> new AssertionError(org + " missing from " + all));
  }
}
