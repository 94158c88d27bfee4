package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.TestEnv;

/**
 * The web apps in a real browser against this platform: Playwright (platform-ear/linli-web/e2e)
 * drives Debian's chromium through the Keycloak login page, the mobile app on a phone viewport and
 * the console (ADR 0010). Its output is streamed here; screenshots land in
 * platform-ear/linli-web/target/screenshots. Besides the demo data, the browser tests get a
 * suspended organization made here (an admin and a volunteer of it, passwords set).
 */
class WebE2eIT {
  static final Path WEB = Path.of("../linli-web").toAbsolutePath().normalize();
  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("LINLI_CHROMIUM", "/usr/bin/chromium"));

  @Test
  void browserTestsPass() throws IOException, InterruptedException {
    assertTrue(
        Files.isExecutable(CHROMIUM),
        CHROMIUM
            + " is missing: install Debian's chromium (`apt-get install chromium`; .ci/run does)");
    assertTrue(
        Files.isDirectory(WEB.resolve("node_modules/@playwright/test")),
        "platform-ear/linli-web/node_modules is missing: build linli-web (without -Dlinli.web.skip)");
    Fixture.TestOrg suspended = suspendedOrganization();
    ProcessBuilder npm =
        new ProcessBuilder(e2eCommand()).directory(WEB.toFile()).redirectErrorStream(true);
    npm.environment().put("LINLI_TEST_BASE_URL", TestEnv.baseUrl());
    npm.environment().put("LINLI_KC_URL", TestEnv.keycloakUrl());
    npm.environment().put("LINLI_DEMO_PASSWORD", TestEnv.get("LINLI_DEMO_PASSWORD"));
    npm.environment()
        .put("LINLI_PLATFORM_ADMIN_PASSWORD", TestEnv.get("LINLI_PLATFORM_ADMIN_PASSWORD"));
    npm.environment().put("LINLI_CHROMIUM", CHROMIUM.toString());
    npm.environment().put("LINLI_E2E_SUSPENDED_ADMIN", suspended.admin().email());
    npm.environment().put("LINLI_E2E_SUSPENDED_VOLUNTEER", suspended.volunteer().email());
    npm.environment().put("LINLI_E2E_PASSWORD", Fixture.PASSWORD);
    npm.environment().put("CI", "1");
    Process process = npm.start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      out.lines().forEach(line -> System.out.println("[e2e] " + line));
    }
    boolean ended = process.waitFor(20, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    assertTrue(ended, "npm run e2e did not end within 20 minutes");
    assertEquals(0, process.exitValue(), "npm run e2e failed: see the [e2e] lines above");
  }

  /**
   * {@code npm run e2e}, narrowed by LINLI_E2E_ARGS (e.g. "e2e/mobile/points.spec.ts" or "--grep
   * pickup") for a development run; CI leaves it empty and runs every spec.
   */
  private static List<String> e2eCommand() {
    List<String> command = new java.util.ArrayList<>(List.of("npm", "run", "e2e"));
    String narrowed = System.getenv().getOrDefault("LINLI_E2E_ARGS", "").trim();
    if (!narrowed.isEmpty()) {
      command.add("--");
      command.addAll(List.of(narrowed.split("\\s+")));
    }
    return command;
  }

  private static Fixture.TestOrg suspendedOrganization() {
    Fixture fx = Fixture.get();
    Fixture.TestOrg org = fx.createOrg("tw-" + Ids.suffix());
    int status =
        fx.platform()
            .post("/api/v1/platform/orgs/" + org.code() + "/suspend", "{\"reason\":\"年检未通过\"}")
            .status();
    assertEquals(200, status, "suspending the browser tests' organization");
    return org;
  }
}
