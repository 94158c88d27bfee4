package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Two organizations (A and B) with an admin, a staff member and a volunteer each, created once per
 * test JVM through the platform's own API, with passwords set the way an invited person would.
 */
public final class Fixture {
  public static final String PASSWORD = "Test-" + Ids.suffix() + "-pw1";
  private static Fixture instance;

  public final String platformAdminToken;
  public final TestOrg a;
  public final TestOrg b;

  public record Member(String email, String personId) {
    public String token() {
      return Keycloak.token(email, PASSWORD);
    }

    public Http http() {
      return Http.as(token());
    }
  }

  public record TestOrg(String code, Member admin, Member staff, Member volunteer) {
    public String path() {
      return "/api/v1/orgs/" + code;
    }
  }

  public static synchronized Fixture get() {
    if (instance == null) {
      instance = new Fixture();
    }
    return instance;
  }

  private Fixture() {
    awaitApplicationReady();
    platformAdminToken =
        Keycloak.token("platform.admin", TestEnv.get("LINLI_PLATFORM_ADMIN_PASSWORD"));
    a = createOrg("ta-" + Ids.suffix());
    b = createOrg("tb-" + Ids.suffix());
  }

  /**
   * The server may report started before the application finished its migrations (slow machines):
   * wait on readiness, with a deadline, before the first request.
   */
  private static void awaitApplicationReady() {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(300);
    int status = 0;
    while (status != 200 && java.time.Instant.now().isBefore(deadline)) {
      try {
        status = Http.anonymous().get("/health/ready").status();
      } catch (java.io.UncheckedIOException e) {
        status = 0;
      }
    }
  }

  /** A fresh login each time: tokens live 5 minutes, shorter than a full test run. */
  public Http platform() {
    return Http.as(Keycloak.token("platform.admin", TestEnv.get("LINLI_PLATFORM_ADMIN_PASSWORD")));
  }

  /** Registers an organization with a first admin, then the admin invites staff and a volunteer. */
  public TestOrg createOrg(String code) {
    String adminEmail = "admin@" + code + ".test";
    Http.Resp created =
        platform().post("/api/v1/platform/orgs", orgBody(code, person("管理员", adminEmail)));
    Keycloak.expect(created, 201);
    Keycloak.setPassword(adminEmail, PASSWORD);
    Http admin = Http.as(Keycloak.token(adminEmail, PASSWORD));
    String adminId =
        admin
            .get("/api/v1/orgs/" + code + "/members")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("personId");
    Member staff = invite(admin, code, "staff@" + code + ".test", List.of("staff"));
    Member volunteer = invite(admin, code, "vol@" + code + ".test", List.of("volunteer"));
    return new TestOrg(code, new Member(adminEmail, adminId), staff, volunteer);
  }

  public static Member invite(Http admin, String code, String email, List<String> roles) {
    Http.Resp resp =
        admin.post("/api/v1/orgs/" + code + "/members", inviteBody(person("成员", email), roles));
    Keycloak.expect(resp, 201);
    Keycloak.setPassword(email, PASSWORD);
    return new Member(email, resp.json().getString("personId"));
  }

  public static JsonObject person(String name, String email) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("idNumber", Ids.residentId())
        .add("phone", Ids.phone())
        .add("email", email)
        .build();
  }

  public static JsonObject inviteBody(JsonObject person, List<String> roles) {
    return Json.createObjectBuilder()
        .add("person", person)
        .add("roles", Json.createArrayBuilder(roles))
        .build();
  }

  public static JsonObject orgBody(String code, JsonObject firstAdmin) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", "测试社工服务中心 " + code)
        .add("type", "SOCIAL_SERVICE_AGENCY")
        .add("creditCode", Ids.creditCode('2'))
        .add("regionCode", "320106")
        .add("contactName", "联系人")
        .add("contactPhone", Ids.phone())
        .add("contactEmail", "contact@" + code + ".test")
        .add("firstAdmin", firstAdmin)
        .build();
  }
}
