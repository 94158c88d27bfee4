package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Volunteer service certificates: issued for approved hours only, printed as PDF, verified publicly
 * without a login, tamper-evident in the database, revocable, and confined to their organization.
 */
class CertificateIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final VolunteerWorld b = new VolunteerWorld(fx.b);

  /** Today at the moment of use (a run may cross midnight; a constant went stale then). */
  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** A volunteer with 2.50 approved hours in the last 30 days, plus pending and rejected time. */
  static String volunteerWithHours(VolunteerWorld world) {
    String volunteer = world.activeVolunteer();
    String r1 = id(world.enterRecord(volunteer, VolunteerWorld.facts(10, 1, 90)));
    String r2 = id(world.enterRecord(volunteer, VolunteerWorld.facts(5, 3, 60)));
    String rejected = id(world.enterRecord(volunteer, VolunteerWorld.facts(4, 1, 45)));
    id(world.enterRecord(volunteer, VolunteerWorld.facts(3, 1, 30))); // stays pending
    assertEquals(200, world.review("APPROVE", null, r1, r2).status());
    assertEquals(200, world.review("REJECT", "重复录入", rejected).status());
    return volunteer;
  }

  static String id(Http.Resp resp) {
    assertEquals(201, resp.status(), resp::toString);
    return resp.json().getString("id");
  }

  static String certificates(Fixture.TestOrg org, String volunteer) {
    return org.path() + "/volunteers/" + volunteer + "/certificates";
  }

  static Http.Resp issue(Fixture.TestOrg org, String volunteer, LocalDate from, LocalDate to) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("from", from.toString())
            .add("to", to.toString())
            .add("purpose", "升学材料")
            .build();
    return org.staff().http().post(certificates(org, volunteer), body);
  }

  static JsonObject issued(Fixture.TestOrg org, String volunteer) {
    Http.Resp resp = issue(org, volunteer, today().minusDays(30), today());
    assertEquals(201, resp.status(), resp::toString);
    return resp.json();
  }

  static Http.Resp verify(Fixture.TestOrg org, String number, String digest) {
    return Http.anonymous()
        .get(
            "/api/v1/public/certificates/"
                + org.code()
                + "/"
                + number
                + (digest == null ? "" : "?d=" + digest));
  }

  @Test
  void aCertificateStatesApprovedHoursOnlyAndIsAuditedAndNumbered() throws SQLException {
    String volunteer = volunteerWithHours(a);
    JsonObject cert = issued(fx.a, volunteer);
    assertTrue(cert.getString("certificateNo").matches("ZM-\\d{4}-\\d{6}"), cert::toString);
    assertEquals("VALID", cert.getString("status"));
    JsonObject facts = cert.getJsonObject("facts");
    assertEquals("2.50", facts.getString("totalHours"), "pending and rejected time not attested");
    assertEquals(2, facts.getJsonArray("records").size());
    assertEquals("1.50", facts.getJsonArray("records").getJsonObject(0).getString("hours"));
    assertEquals(
        "社区助老服务", facts.getJsonArray("records").getJsonObject(0).getString("activityName"));
    assertTrue(facts.getString("idNumberMasked").contains("*"), facts::toString);
    assertTrue(facts.getString("volunteerNo").matches("\\d{10}"), facts::toString);
    assertEquals("测试社工服务中心 " + fx.a.code(), facts.getJsonObject("issuer").getString("name"));
    assertEquals("联系人", facts.getJsonObject("issuer").getString("responsiblePerson"));
    assertEquals("升学材料", facts.getString("purpose"));
    // Free of charge: no field about a fee at all (values such as the digest are random text).
    assertFalse(
        cert.keySet().stream().anyMatch(k -> k.toLowerCase().contains("fee"))
            || facts.keySet().stream().anyMatch(k -> k.toLowerCase().contains("fee")),
        "issued free of charge");
    assertTrue(
        cert.getString("verificationUrl")
            .endsWith(
                "/api/v1/public/certificates/"
                    + fx.a.code()
                    + "/"
                    + cert.getString("certificateNo")
                    + "?d="
                    + cert.getString("digest")));

    JsonObject second = issued(fx.a, volunteer);
    assertNotEquals(cert.getString("certificateNo"), second.getString("certificateNo"));
    Http.Resp list = fx.a.staff().http().get(certificates(fx.a, volunteer));
    assertEquals(200, list.status(), list::toString);
    assertTrue(
        list.body().contains(cert.getString("id")) && list.body().contains(second.getString("id")));
    assertEquals(
        cert.getString("digest"),
        fx.a
            .staff()
            .http()
            .get(certificates(fx.a, volunteer) + "/" + cert.getString("id"))
            .json()
            .getString("digest"));
    assertEquals(List.of("CERTIFICATE_ISSUED"), auditActions(fx.a.code(), cert.getString("id")));
  }

  @Test
  void periodsMustHoldApprovedServiceAndMakeSense() {
    String volunteer = volunteerWithHours(a);
    Http.Resp empty = issue(fx.a, volunteer, today().minusDays(400), today().minusDays(300));
    assertEquals(422, empty.status(), empty::toString);
    assertEquals("NO_APPROVED_SERVICE", empty.code());
    Http.Resp reversed = issue(fx.a, volunteer, today(), today().minusDays(3));
    assertEquals(400, reversed.status());
    assertEquals("INVALID_PERIOD", reversed.code());
    assertEquals(400, issue(fx.a, volunteer, today(), today().plusDays(3)).status());
    assertEquals(
        400, fx.a.staff().http().post(certificates(fx.a, volunteer), "{\"from\":\"x\"}").status());
    Http.Resp unknown = issue(fx.a, "no-such-volunteer", today().minusDays(3), today());
    assertEquals(404, unknown.status());
    assertEquals("VOLUNTEER_NOT_FOUND", unknown.code());
  }

  @Test
  void thePdfIsAPrintableDocument() throws Exception {
    String volunteer = volunteerWithHours(a);
    JsonObject cert = issued(fx.a, volunteer);
    HttpResponse<byte[]> pdf =
        pdf(fx.a.staff().token(), certificates(fx.a, volunteer) + "/" + cert.getString("id"));
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        pdf.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains(cert.getString("certificateNo") + ".pdf"));
    byte[] body = pdf.body();
    assertEquals("%PDF-", new String(body, 0, 5, StandardCharsets.ISO_8859_1));
    assertTrue(body.length > 5_000, "embedded font subset and content: " + body.length);
    assertTrue(
        new String(body, StandardCharsets.ISO_8859_1).contains("FontFile2"), "font embedded");
  }

  @Test
  void anyoneCanVerifyWithoutALoginAndSeesOnlyTheCertificatesFacts() {
    String volunteer = volunteerWithHours(a);
    JsonObject cert = issued(fx.a, volunteer);
    String number = cert.getString("certificateNo");
    String digest = cert.getString("digest");

    Http.Resp scanned = verify(fx.a, number, digest);
    assertEquals(200, scanned.status(), scanned::toString);
    JsonObject result = scanned.json();
    assertEquals(true, result.getBoolean("valid"), result::toString);
    assertEquals("VALID", result.getString("status"));
    assertEquals(true, result.getBoolean("signatureValid"));
    assertEquals(true, result.getBoolean("digestMatches"));
    assertEquals(false, result.getBoolean("factsRequireDigest"));
    JsonObject facts = result.getJsonObject("facts");
    assertEquals("2.50", facts.getString("totalHours"));
    assertEquals(number, facts.getString("certificateNo"));
    assertEquals("志**", facts.getString("volunteerName"), "the name is masked");
    assertEquals(
        cert.getJsonObject("facts").getString("volunteerNo"), facts.getString("volunteerNo"));
    assertEquals(today().toString(), facts.getJsonObject("period").getString("to"));
    assertFalse(scanned.body().contains("idNumber"), "no ID number in public: " + scanned.body());
    assertFalse(scanned.body().contains("records"), "no service list in public");

    // Numbers are sequential: without the QR code's digest only existence and status show.
    Http.Resp walked = verify(fx.a, number, null);
    JsonObject byNumber = walked.json();
    assertEquals(true, byNumber.getBoolean("valid"));
    assertEquals("VALID", byNumber.getString("status"));
    assertFalse(byNumber.containsKey("digestMatches"), "only when a digest was presented");
    assertEquals(true, byNumber.getBoolean("factsRequireDigest"), walked::toString);
    assertNoFacts(walked, facts);
    Http.Resp wrong = verify(fx.a, number, "0".repeat(64));
    JsonObject wrongDigest = wrong.json();
    assertEquals(false, wrongDigest.getBoolean("digestMatches"));
    assertEquals(false, wrongDigest.getBoolean("valid"));
    assertEquals("DIGEST_MISMATCH", wrongDigest.getString("reason"));
    assertEquals(true, wrongDigest.getBoolean("factsRequireDigest"));
    assertNoFacts(wrong, facts);

    for (Http.Resp missing :
        List.of(
            verify(fx.a, "ZM-2000-999999", null),
            Http.anonymous().get("/api/v1/public/certificates/no-such-org/" + number),
            Http.anonymous().get("/api/v1/public/certificates/X_/" + number),
            verify(fx.b, number, null))) {
      assertEquals(404, missing.status(), missing::toString);
      assertEquals("CERTIFICATE_NOT_FOUND", missing.code());
    }
  }

  /** Neither the facts member nor any of the facts' values appear in the answer. */
  static void assertNoFacts(Http.Resp answer, JsonObject facts) {
    assertEquals(200, answer.status(), answer::toString);
    assertFalse(answer.json().containsKey("facts"), answer::toString);
    for (String fact : List.of("volunteerName", "volunteerNo", "totalHours")) {
      assertFalse(answer.body().contains(facts.getString(fact)), fact + ": " + answer.body());
    }
    assertFalse(answer.body().contains("issuer"), answer::toString);
  }

  @Test
  void changingStoredFactsInTheDatabaseMakesTheCertificateInvalid() throws Exception {
    String volunteer = volunteerWithHours(a);
    JsonObject cert = issued(fx.a, volunteer);
    String number = cert.getString("certificateNo");
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE certificate SET facts = replace(facts, '\"totalMinutes\":150',"
                    + " '\"totalMinutes\":1500') WHERE tenant_id = ? AND certificate_no = ?")) {
      update.setString(1, fx.a.code());
      update.setString(2, number);
      assertEquals(1, update.executeUpdate());
    }
    JsonObject result = verify(fx.a, number, cert.getString("digest")).json();
    assertEquals(false, result.getBoolean("valid"), result::toString);
    assertEquals(false, result.getBoolean("signatureValid"));
    assertEquals(false, result.getBoolean("digestMatches"));
    assertEquals("VALID", result.getString("status"), "the status alone does not make it valid");
    assertEquals("TAMPERED", result.getString("reason"));
    Http.Resp pdf =
        fx.a
            .staff()
            .http()
            .get(certificates(fx.a, volunteer) + "/" + cert.getString("id") + "/pdf");
    assertEquals(409, pdf.status(), pdf::toString);
    assertEquals("CERTIFICATE_TAMPERED", pdf.code());
  }

  /**
   * Keys rotate: the test server (linli test) signs with c1 and still trusts a retired key r1,
   * generated per run; the same key is listed once more as x1 and marked compromised. A certificate
   * signed with the retired key before the rotation is simulated by re-signing a stored row with
   * it.
   */
  @Test
  void aCertificateSignedWithARetiredKeyVerifiesByItsKeyIdUnlessThatKeyIsDistrusted()
      throws Exception {
    String volunteer = volunteerWithHours(a);
    JsonObject cert = issued(fx.a, volunteer);
    assertEquals("c1", cert.getString("keyId"), "new certificates are signed with the current key");
    String number = cert.getString("certificateNo");
    String digest = cert.getString("digest");
    String pdfPath = certificates(fx.a, volunteer) + "/" + cert.getString("id") + "/pdf";
    resignWithRetiredKey(fx.a.code(), number, "r1");

    JsonObject retired = verify(fx.a, number, digest).json();
    assertEquals(true, retired.getBoolean("valid"), retired::toString);
    assertEquals(true, retired.getBoolean("signatureValid"));
    assertFalse(retired.containsKey("reason"), "no reason when valid");
    assertEquals(200, fx.a.staff().http().get(pdfPath).status(), "still printable");

    setKeyId(fx.a.code(), number, "x1");
    JsonObject compromised = verify(fx.a, number, digest).json();
    assertEquals(false, compromised.getBoolean("valid"), compromised::toString);
    assertEquals("SIGNING_KEY_COMPROMISED", compromised.getString("reason"));
    assertEquals(false, compromised.getBoolean("signatureValid"), "not from a trusted key");
    assertEquals("VALID", compromised.getString("status"));
    Http.Resp refused = fx.a.staff().http().get(pdfPath);
    assertEquals(409, refused.status(), refused::toString);
    assertEquals("CERTIFICATE_SIGNING_KEY_COMPROMISED", refused.code());

    setKeyId(fx.a.code(), number, "no-such-key");
    JsonObject unknown = verify(fx.a, number, digest).json();
    assertEquals(false, unknown.getBoolean("valid"), unknown::toString);
    assertEquals("UNKNOWN_SIGNING_KEY", unknown.getString("reason"));
    Http.Resp unknownPdf = fx.a.staff().http().get(pdfPath);
    assertEquals(409, unknownPdf.status(), unknownPdf::toString);
    assertEquals("CERTIFICATE_SIGNING_KEY_UNKNOWN", unknownPdf.code());

    setKeyId(fx.a.code(), number, "c1");
    JsonObject wrongKey = verify(fx.a, number, digest).json();
    assertEquals(false, wrongKey.getBoolean("valid"), "verified with the key it names, no other");
    assertEquals("TAMPERED", wrongKey.getString("reason"));
  }

  private static void resignWithRetiredKey(String tenant, String number, String keyId)
      throws Exception {
    PrivateKey retired =
        KeyFactory.getInstance("Ed25519")
            .generatePrivate(
                new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(TestEnv.get("LINLI_TEST_CERT_RETIRED_KEY"))));
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      String facts;
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT facts FROM certificate WHERE tenant_id = ? AND certificate_no = ?")) {
        q.setString(1, tenant);
        q.setString(2, number);
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next());
          facts = rs.getString(1);
        }
      }
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(retired);
      signer.update(facts.getBytes(StandardCharsets.UTF_8));
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE certificate SET signature = ?, key_id = ?"
                  + " WHERE tenant_id = ? AND certificate_no = ?")) {
        update.setString(1, Base64.getEncoder().encodeToString(signer.sign()));
        update.setString(2, keyId);
        update.setString(3, tenant);
        update.setString(4, number);
        assertEquals(1, update.executeUpdate());
      }
    }
  }

  private static void setKeyId(String tenant, String number, String keyId) throws SQLException {
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE certificate SET key_id = ? WHERE tenant_id = ? AND certificate_no = ?")) {
      update.setString(1, keyId);
      update.setString(2, tenant);
      update.setString(3, number);
      assertEquals(1, update.executeUpdate());
    }
  }

  @Test
  void anOrgAdminRevokesWithAReasonAndVerificationShowsIt() throws SQLException {
    String volunteer = volunteerWithHours(a);
    JsonObject cert = issued(fx.a, volunteer);
    String revoke = certificates(fx.a, volunteer) + "/" + cert.getString("id") + "/revoke";
    Http.Resp byStaff = fx.a.staff().http().post(revoke, "{\"reason\":\"信息有误\"}");
    assertEquals(403, byStaff.status());
    assertEquals("ROLE_REQUIRED", byStaff.code());
    assertEquals(400, fx.a.admin().http().post(revoke, "{}").status());
    Http.Resp revoked = fx.a.admin().http().post(revoke, "{\"reason\":\"信息有误\"}");
    assertEquals(200, revoked.status(), revoked::toString);
    assertEquals("REVOKED", revoked.json().getString("status"));
    assertEquals("信息有误", revoked.json().getString("revokeReason"));

    JsonObject result =
        verify(fx.a, cert.getString("certificateNo"), cert.getString("digest")).json();
    assertEquals("REVOKED", result.getString("status"));
    assertEquals(false, result.getBoolean("valid"));
    assertEquals(true, result.getBoolean("signatureValid"), "genuine, but revoked");
    assertEquals("REVOKED", result.getString("reason"));
    JsonObject walked = verify(fx.a, cert.getString("certificateNo"), null).json();
    assertEquals("REVOKED", walked.getString("status"), "the status shows without the digest");
    assertEquals(true, walked.getBoolean("factsRequireDigest"));
    assertFalse(walked.containsKey("facts"), walked::toString);

    Http.Resp again = fx.a.admin().http().post(revoke, "{\"reason\":\"再次\"}");
    assertEquals(409, again.status());
    assertEquals("CERTIFICATE_ALREADY_REVOKED", again.code());
    Http.Resp pdf =
        fx.a
            .staff()
            .http()
            .get(certificates(fx.a, volunteer) + "/" + cert.getString("id") + "/pdf");
    assertEquals(409, pdf.status());
    assertEquals("CERTIFICATE_REVOKED", pdf.code());
    assertEquals(
        List.of("CERTIFICATE_ISSUED", "CERTIFICATE_REVOKED"),
        auditActions(fx.a.code(), cert.getString("id")));
  }

  @Test
  void certificatesStayInsideTheirOrganization() throws Exception {
    String volunteerB = volunteerWithHours(b);
    JsonObject certB = issued(fx.b, volunteerB);
    String volunteerA = a.activeVolunteer();
    Http adminA = fx.a.admin().http();

    Http.Resp otherPath = adminA.get(certificates(fx.b, volunteerB));
    assertEquals(403, otherPath.status());
    assertEquals("NOT_A_MEMBER", otherPath.code());
    Http.Resp otherId = adminA.get(certificates(fx.a, volunteerA) + "/" + certB.getString("id"));
    assertEquals(404, otherId.status());
    assertEquals("CERTIFICATE_NOT_FOUND", otherId.code());
    HttpResponse<byte[]> otherPdf =
        pdf(fx.a.admin().token(), certificates(fx.a, volunteerA) + "/" + certB.getString("id"));
    assertEquals(404, otherPdf.statusCode());
    Http.Resp otherVolunteer = adminA.get(certificates(fx.a, volunteerB));
    assertEquals(404, otherVolunteer.status());
    assertEquals("VOLUNTEER_NOT_FOUND", otherVolunteer.code());
    Http.Resp otherRevoke =
        adminA.post(
            certificates(fx.a, volunteerA) + "/" + certB.getString("id") + "/revoke",
            "{\"reason\":\"越权\"}");
    assertEquals(404, otherRevoke.status());
    assertEquals(
        "VALID",
        fx.b
            .staff()
            .http()
            .get(certificates(fx.b, volunteerB) + "/" + certB.getString("id"))
            .json()
            .getString("status"));

    assertEquals(403, fx.a.volunteer().http().get(certificates(fx.a, volunteerA)).status());
    assertEquals(401, Http.anonymous().get(certificates(fx.a, volunteerA)).status());
  }

  private static HttpResponse<byte[]> pdf(String token, String certificatePath)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + certificatePath + "/pdf"))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    Http.holdToContract("GET", certificatePath + "/pdf", response);
    return response;
  }

  private static List<String> auditActions(String tenant, String entityId) throws SQLException {
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT action FROM audit_record WHERE tenant_id = ? AND entity_id = ?"
                    + " ORDER BY seq")) {
      q.setString(1, tenant);
      q.setString(2, entityId);
      List<String> actions = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          actions.add(rs.getString(1));
        }
      }
      return actions;
    }
  }
}
