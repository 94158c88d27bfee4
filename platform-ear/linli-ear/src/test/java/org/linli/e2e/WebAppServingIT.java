package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.TestEnv;

/**
 * The browser apps are served from the WAR (ADR 0010): the console at /, the mobile app at /m/,
 * history-mode routes get the app's page, hashed assets are cached for good and the pages never,
 * the runtime config names the login client, and the API is untouched by any of it.
 */
class WebAppServingIT {
  static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

  static Http.Resp page(String path) {
    return Http.anonymous().header("Accept", "text/html").get(path);
  }

  @Test
  void consoleAndMobilePagesAnswerEveryRouteWithTheirIndex() {
    for (String path : new String[] {"/", "/orgs/sunshine-sw/members", "/platform/orgs"}) {
      Http.Resp resp = page(path);
      assertEquals(200, resp.status(), path);
      assertTrue(resp.body().contains("机构工作台"), path + " is the console page");
      assertEquals("no-cache", resp.header("Cache-Control"), path);
    }
    for (String path : new String[] {"/m/", "/m/me", "/m/records/2026"}) {
      Http.Resp resp = page(path);
      assertEquals(200, resp.status(), path);
      assertTrue(resp.body().contains("<title>邻里志愿</title>"), path + " is the mobile page");
      assertEquals("no-cache", resp.header("Cache-Control"), path);
    }
    Http.Resp bare = page("/m");
    assertEquals(302, bare.status());
    assertTrue(bare.header("Location").endsWith("/m/"), bare.header("Location"));
  }

  @Test
  void hashedAssetsAreImmutableAndServedAsJavaScript() {
    Matcher script = SCRIPT.matcher(page("/m/").body());
    assertTrue(script.find(), "the mobile page loads a hashed script");
    Http.Resp asset = Http.anonymous().get(script.group(1));
    assertEquals(200, asset.status());
    assertEquals("public, max-age=31536000, immutable", asset.header("Cache-Control"));
    assertTrue(
        asset.header("Content-Type").startsWith("text/javascript"), asset.header("Content-Type"));
  }

  @Test
  void runtimeConfigNamesThePkceClientOfThisRealm() {
    Http.Resp resp = Http.anonymous().get("/app-config.json");
    assertEquals(200, resp.status());
    JsonObject config = resp.json();
    assertEquals(TestEnv.keycloakUrl() + "/realms/linli", config.getString("oidcAuthority"));
    assertEquals("linli-spa", config.getString("oidcClientId"));
  }

  @Test
  void unknownFilesAndApiPathsAreNotTurnedIntoPages() {
    assertEquals(404, page("/assets/missing-0000.js").status());
    assertEquals(404, page("/m/no-such-file.png").status());
    Http.Resp api = page("/api/v1/me");
    assertEquals(401, api.status(), "the API keeps its own answers, even for a browser");
    assertEquals("UNAUTHENTICATED", api.code());
  }
}
