package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;

/** Bad input is a clear problem+json 4xx, never a 500; health and OpenAPI are served. */
class ErrorsAndPlumbingIT {
  static final Fixture fx = Fixture.get();

  private static void assertProblem(Http.Resp resp, int status, String code) {
    assertEquals(status, resp.status(), resp::toString);
    assertTrue(resp.header("Content-Type").startsWith("application/problem+json"), resp::toString);
    assertEquals(code, resp.code());
    assertEquals(status, resp.json().getInt("status"));
  }

  @Test
  void malformedJsonIs400() {
    assertProblem(fx.platform().post("/api/v1/platform/orgs", "{not json"), 400, "MALFORMED_JSON");
  }

  @Test
  void wrongJsonTypeIs400() {
    Http.Resp resp =
        fx.platform().post("/api/v1/platform/orgs", "{\"code\":[1,2],\"firstAdmin\":\"x\"}");
    assertEquals(400, resp.status(), resp::toString);
  }

  @Test
  void emptyBodyIs400() {
    Http.Resp resp = fx.platform().post("/api/v1/platform/orgs", "");
    assertEquals(400, resp.status(), resp::toString);
    assertTrue(java.util.Set.of("BODY_REQUIRED", "MALFORMED_JSON").contains(resp.code()));
  }

  @Test
  void unknownPathIs404Problem() {
    assertProblem(fx.platform().get("/api/v1/platform/nothing-here"), 404, "NOT_FOUND");
  }

  @Test
  void unknownOrganizationForPlatformIs404() {
    assertProblem(fx.platform().get("/api/v1/platform/orgs/no-such-org"), 404, "ORG_NOT_FOUND");
  }

  @Test
  void wrongMethodIs405() {
    assertProblem(fx.platform().delete("/api/v1/platform/orgs"), 405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void badOrgCodeInPathIs400() {
    assertProblem(fx.a.admin().http().get("/api/v1/orgs/BAD_CODE!"), 400, "INVALID_ORG_CODE");
  }

  @Test
  void badPagingParametersAre400() {
    assertProblem(
        fx.a.admin().http().get(fx.a.path() + "/members?limit=abc"), 400, "INVALID_LIMIT");
    assertProblem(
        fx.a.admin().http().get(fx.a.path() + "/members?limit=1000"), 400, "INVALID_LIMIT");
  }

  @Test
  void healthAndOpenApiAreServed() {
    Http.Resp ready = Http.anonymous().get("/health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertTrue(ready.body().contains("postgresql") && ready.body().contains("keycloak"));
    assertEquals(200, Http.anonymous().get("/health/live").status());
    Http.Resp openapi = Http.anonymous().get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/v1/platform/orgs"));
    assertEquals(200, Http.anonymous().get("/openapi/ui/").status());
  }
}
