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
}
