package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.TestEnv;

/**
 * Keycloak stopped in the middle of the run (issue 22, "outages survived"): tokens issued before
 * keep working because Liberty keeps the realm's signing keys; the paths that need Keycloak
 * (inviting a member creates a login) answer a quick 503 problem+json and write nothing; when
 * Keycloak returns, everything works again without touching Liberty. The suite's Keycloak is
 * stopped and started with the same script `linli test` used, so the run goes on with it afterwards
 * whatever happens here.
 */
class KeycloakOutageIT {
  static final Fixture fx = Fixture.get();
  static final Duration QUICK = Duration.ofSeconds(15);

  @Test
  void issuedTokensKeepWorkingTheInvitePathAnswers503AndAllRecoversByItself() throws Exception {
    Http admin = fx.a.admin().http();
    Http volunteer = fx.a.volunteer().http();
    assertEquals(200, admin.get(members()).status(), "the keys are known before the outage");
    long membersBefore = memberCount(admin);

    keycloak("stop");
    try {
      assertTrue(!keycloakAnswers(), "Keycloak is down for the test");

      assertEquals(200, admin.get(members()).status(), "an issued token still passes");
      assertEquals(200, volunteer.get("/api/v1/me").status(), "and a volunteer's too");

      long started = System.nanoTime();
      Http.Resp invite =
          admin.post(
              members(),
              Fixture.inviteBody(
                  Fixture.person("断线", "kc-down-" + Ids.suffix() + "@a.test"), List.of("staff")));
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertEquals(503, invite.status(), invite::toString);
      assertEquals("IDENTITY_PROVIDER_UNAVAILABLE", invite.code());
      assertTrue(invite.header("Content-Type").startsWith("application/problem+json"));
      assertTrue(took.compareTo(QUICK) < 0, "answered in " + took + ", not left hanging");
      assertEquals(membersBefore, memberCount(admin), "the refused invitation wrote nothing");

      Http.Resp health = Http.anonymous().get("/health/live");
      assertEquals(200, health.status(), "Liberty stays alive: " + health);
    } finally {
      keycloak("start");
    }

    // Back: new logins, new tokens and the invite path work again, with no restart of Liberty.
    Http freshAdmin = fx.a.admin().http();
    Http.Resp invite =
        freshAdmin.post(
            members(),
            Fixture.inviteBody(
                Fixture.person("恢复", "kc-back-" + Ids.suffix() + "@a.test"), List.of("staff")));
    assertEquals(201, invite.status(), invite::toString);
    assertEquals(membersBefore + 1, memberCount(freshAdmin));
    assertEquals(200, admin.get(members()).status(), "tokens issued before the outage still pass");
  }

  private static String members() {
    return fx.a.path() + "/members";
  }

  private static long memberCount(Http admin) {
    long count = 0;
    String cursor = null;
    do {
      Http.Resp page =
          admin.get(members() + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page::toString);
      count += page.json().getJsonArray("items").size();
      cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor", null);
    } while (cursor != null);
    return count;
  }

  /** Runs liberty-config/bin/keycloak.sh on the suite's Keycloak (its state dir and port). */
  private static void keycloak(String command) throws IOException, InterruptedException {
    File script = new File("../../liberty-config/bin/keycloak.sh");
    assertTrue(script.isFile(), "keycloak.sh at " + script.getAbsolutePath());
    ProcessBuilder builder =
        new ProcessBuilder("bash", script.getPath(), command).redirectErrorStream(true);
    builder.environment().put("LINLI_STATE_DIR", TestEnv.get("LINLI_TEST_KC_STATE_DIR"));
    builder.environment().put("LINLI_KC_PORT", TestEnv.get("LINLI_TEST_KC_PORT"));
    builder.redirectOutput(new File("target/keycloak-outage-" + command + ".log"));
    Process process = builder.start();
    assertTrue(process.waitFor(15, TimeUnit.MINUTES), "keycloak.sh " + command + " finished");
    assertEquals(0, process.exitValue(), "keycloak.sh " + command + ": see target/*.log");
  }

  private static boolean keycloakAnswers() {
    try {
      HttpResponse<Void> resp =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              TestEnv.keycloakUrl()
                                  + "/realms/linli/.well-known/openid-configuration"))
                      .timeout(Duration.ofSeconds(3))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return resp.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
