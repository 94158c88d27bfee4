package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.TestEnv;

/** The demo data that `linli run` shows is loaded at start-up and usable with the demo logins. */
class DemoDataIT {
  static Http as(String login) {
    return Http.as(Keycloak.token(login, TestEnv.get("LINLI_DEMO_PASSWORD")));
  }

  @Test
  void demoOrganizationsPeopleActivitiesAndHoursAreThere() {
    Http admin = as("admin@sunshine.demo");
    Http.Resp members = admin.get("/api/v1/orgs/sunshine-sw/members");
    assertEquals(200, members.status(), members::toString);
    assertEquals(5, members.json().getJsonArray("items").size());
    assertTrue(
        admin.get("/api/v1/orgs/sunshine-sw/activities").json().getJsonArray("items").size() >= 1);
    assertEquals(
        2,
        admin
            .get("/api/v1/orgs/sunshine-sw/volunteers?status=ACTIVE")
            .json()
            .getJsonArray("items")
            .size());

    Http.Resp mine = as("zhang.wei@volunteer.demo").get("/api/v1/me/service-records");
    assertEquals(200, mine.status(), mine::toString);
    assertEquals(
        "6.00", mine.json().getString("approvedHours"), "3 hours in each of two organizations");
    assertEquals(
        2,
        as("zhang.wei@volunteer.demo").get("/api/v1/me").json().getJsonArray("memberships").size());

    Http.Resp auditor = as("auditor@gulou-mz.demo").get("/api/v1/orgs/gulou-mz/audit/verification");
    assertEquals(200, auditor.status());
    assertEquals(true, auditor.json().getBoolean("valid"));
  }
}
