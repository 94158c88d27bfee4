package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.TestEnv;

/** Token validation (issuer, audience, signature, expiry) and membership-based access. */
class AuthenticationIT {
  static Fixture fx;
  static String orgPath;

  @BeforeAll
  static void setUp() {
    fx = Fixture.get();
    orgPath = fx.a.path();
  }

  @Test
  void noTokenIs401WithProblemJson() {
    Http.Resp resp = Http.anonymous().get(orgPath);
    assertEquals(401, resp.status(), resp::toString);
    assertEquals("UNAUTHENTICATED", resp.code());
    assertTrue(resp.header("Content-Type").startsWith("application/problem+json"));
  }

  @Test
  void garbageTokenIs401() {
    assertEquals(401, Http.as("not-a-jwt").get(orgPath).status());
  }

  @Test
  void tamperedTokenIs401() {
    String[] parts = fx.a.admin().token().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged = payload.replace("\"preferred_username\":\"", "\"preferred_username\":\"x");
    String tampered = parts[0] + "." + b64(forged) + "." + parts[2];
    assertEquals(401, Http.as(tampered).get(orgPath).status());
  }

  @Test
  void unsignedAlgNoneTokenIs401() {
    String[] parts = fx.a.admin().token().split("\\.");
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    assertEquals(401, Http.as(header + "." + parts[1] + ".").get(orgPath).status());
  }

  @Test
  void wrongAudienceIs401() {
    String token =
        Keycloak.token(
            "linli", TestClients.noAudienceClient(), fx.a.admin().email(), Fixture.PASSWORD);
    assertEquals(401, Http.as(token).get(orgPath).status());
  }

  @Test
  void wrongIssuerIs401() {
    TestClients.ensureOtherRealm();
    String token = Keycloak.token("other", "other-web", "intruder", TestClients.INTRUDER_PASSWORD);
    assertEquals(401, Http.as(token).get(orgPath).status());
  }

  @Test
  void expiredTokenIs401() {
    String token =
        Keycloak.token(
            "linli", TestClients.shortLivedClient(), fx.a.admin().email(), Fixture.PASSWORD);
    assertEquals(200, Http.as(token).get(orgPath).status(), "fresh short-lived token works");
    // Lifespan 1 s plus the server's 5 s clock skew: wait on the condition, with a deadline.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    int status = 200;
    while (status == 200 && Instant.now().isBefore(deadline)) {
      status = Http.as(token).get(orgPath).status();
    }
    assertEquals(401, status);
  }

  @Test
  void validTokenOfNonMemberIs403() {
    Http.Resp resp = fx.b.admin().http().get(orgPath);
    assertEquals(403, resp.status(), resp::toString);
    assertEquals("NOT_A_MEMBER", resp.code());
  }

  @Test
  void unknownOrganizationLooksLikeNonMembership() {
    Http.Resp resp = fx.a.admin().http().get("/api/v1/orgs/no-such-org");
    assertEquals(403, resp.status());
    assertEquals("NOT_A_MEMBER", resp.code());
  }

  @Test
  void platformEndpointsNeedThePlatformAdminRole() {
    Http.Resp resp = fx.a.admin().http().get("/api/v1/platform/orgs");
    assertEquals(403, resp.status());
    assertEquals("PLATFORM_ADMIN_REQUIRED", resp.code());
    assertEquals(200, fx.platform().get("/api/v1/platform/orgs").status());
  }

  @Test
  void roleMatrixOnMembersList() {
    String members = orgPath + "/members";
    assertEquals(200, fx.a.admin().http().get(members).status());
    assertEquals(200, fx.a.staff().http().get(members).status());
    Http.Resp volunteer = fx.a.volunteer().http().get(members);
    assertEquals(403, volunteer.status());
    assertEquals("ROLE_REQUIRED", volunteer.code());
  }

  @Test
  void meShowsOwnMembershipsOnly() {
    Http.Resp me = fx.a.staff().http().get("/api/v1/me");
    assertEquals(200, me.status(), me::toString);
    var memberships = me.json().getJsonArray("memberships");
    assertEquals(1, memberships.size());
    assertEquals(fx.a.code(), memberships.getJsonObject(0).getString("org"));
    assertEquals(
        Json.createArrayBuilder().add("staff").build(),
        memberships.getJsonObject(0).getJsonArray("roles"));
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Test-only clients and realm, made by the operator through the Keycloak admin API. */
  static final class TestClients {
    /** A throwaway user of the throwaway realm "other"; not a secret. */
    static final String INTRUDER_PASSWORD = "intruder-of-another-realm";

    private static String noAudience;
    private static String shortLived;
    private static boolean otherRealm;

    static synchronized String noAudienceClient() {
      if (noAudience == null) {
        noAudience = createClient("linli-test-noaud", false);
      }
      return noAudience;
    }

    static synchronized String shortLivedClient() {
      if (shortLived == null) {
        shortLived = createClient("linli-test-short", true);
      }
      return shortLived;
    }

    private static String createClient(String clientId, boolean withAudienceAndShortLife) {
      var client =
          Json.createObjectBuilder()
              .add("clientId", clientId)
              .add("publicClient", true)
              .add("directAccessGrantsEnabled", true)
              .add("standardFlowEnabled", false);
      if (withAudienceAndShortLife) {
        client
            .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", "1"))
            .add(
                "protocolMappers",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "audience")
                            .add("protocol", "openid-connect")
                            .add("protocolMapper", "oidc-audience-mapper")
                            .add(
                                "config",
                                Json.createObjectBuilder()
                                    .add("included.custom.audience", "linli-api")
                                    .add("access.token.claim", "true"))));
      }
      createdOrExists(
          Keycloak.admin()
              .post(TestEnv.keycloakUrl() + "/admin/realms/linli/clients", client.build()));
      return clientId;
    }

    /** 409: made by an earlier run against the same Keycloak (LINLI_TEST_KEEP). */
    private static void createdOrExists(Http.Resp resp) {
      if (resp.status() != 201 && resp.status() != 409) {
        throw new IllegalStateException("Keycloak admin call failed: " + resp);
      }
    }

    static synchronized void ensureOtherRealm() {
      if (otherRealm) {
        return;
      }
      var realm =
          Json.createObjectBuilder()
              .add("realm", "other")
              .add("enabled", true)
              .add(
                  "clients",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("clientId", "other-web")
                              .add("publicClient", true)
                              .add("directAccessGrantsEnabled", true)))
              .add(
                  "users",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("username", "intruder")
                              .add("email", "intruder@other.test")
                              .add("firstName", "X")
                              .add("lastName", "Y")
                              .add("enabled", true)
                              .add("emailVerified", true)
                              .add(
                                  "credentials",
                                  Json.createArrayBuilder()
                                      .add(
                                          Json.createObjectBuilder()
                                              .add("type", "password")
                                              .add("value", INTRUDER_PASSWORD)
                                              .add("temporary", false)))))
              .build();
      createdOrExists(Keycloak.admin().post(TestEnv.keycloakUrl() + "/admin/realms", realm));
      otherRealm = true;
    }
  }
}
