package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Keycloak;

/** Inviting people, granting and revoking roles, removing members; people are platform-wide. */
class MembershipIT {
  static Fixture fx;
  static Fixture.TestOrg org;

  @BeforeAll
  static void setUp() {
    fx = Fixture.get();
    org = fx.createOrg("tm-" + Ids.suffix());
  }

  @Test
  void revokedRoleIsRefusedOnTheNextRequest() {
    Fixture.Member m =
        Fixture.invite(
            org.admin().http(),
            org.code(),
            "rv-" + Ids.suffix() + "@m.test",
            List.of("staff", "volunteer"));
    String token = m.token();
    assertEquals(200, Http.as(token).get(org.path() + "/members").status());
    Http.Resp revoked =
        org.admin().http().delete(org.path() + "/members/" + m.personId() + "/roles/staff");
    assertEquals(200, revoked.status(), revoked::toString);
    Http.Resp refused = Http.as(token).get(org.path() + "/members");
    assertEquals(403, refused.status(), "same token, role gone");
    assertEquals("ROLE_REQUIRED", refused.code());
    assertEquals(200, Http.as(token).get(org.path()).status(), "still a volunteer");

    Http.Resp granted =
        org.admin().http().put(org.path() + "/members/" + m.personId() + "/roles/staff", null);
    assertEquals(200, granted.status(), granted::toString);
    assertEquals(200, Http.as(token).get(org.path() + "/members").status());
  }

  @Test
  void removedMemberLosesAccessAtOnce() {
    Fixture.Member m =
        Fixture.invite(
            org.admin().http(), org.code(), "rm-" + Ids.suffix() + "@m.test", List.of("staff"));
    String token = m.token();
    assertEquals(204, org.admin().http().delete(org.path() + "/members/" + m.personId()).status());
    Http.Resp refused = Http.as(token).get(org.path());
    assertEquals(403, refused.status());
    assertEquals("NOT_A_MEMBER", refused.code());
    assertEquals(404, org.admin().http().get(org.path() + "/members/" + m.personId()).status());
  }

  @Test
  void theLastOrgAdminCannotBeRemovedOrDemoted() {
    Http.Resp remove = org.admin().http().delete(org.path() + "/members/" + org.admin().personId());
    assertEquals(422, remove.status(), remove::toString);
    assertEquals("LAST_ORG_ADMIN", remove.code());
    Http.Resp revoke =
        org.admin()
            .http()
            .delete(org.path() + "/members/" + org.admin().personId() + "/roles/org-admin");
    assertEquals(422, revoke.status());
  }

  @Test
  void idAndPhoneNumbersAreMaskedAndRevealedOnlyToOrgAdmins() {
    JsonObject person = Fixture.person("隐私", "pii-" + Ids.suffix() + "@m.test");
    Http.Resp invited =
        org.admin()
            .http()
            .post(org.path() + "/members", Fixture.inviteBody(person, List.of("volunteer")));
    assertEquals(201, invited.status(), invited::toString);
    String idNumber = person.getString("idNumber");
    String masked = invited.json().getString("idNumber");
    assertEquals(idNumber.substring(0, 3) + "***********" + idNumber.substring(14), masked);
    assertFalse(invited.body().contains(idNumber));
    assertFalse(invited.body().contains(person.getString("phone")));
    String personId = invited.json().getString("personId");

    Http.Resp staffView = org.staff().http().get(org.path() + "/members/" + personId);
    assertFalse(staffView.body().contains(idNumber));
    assertEquals(
        403, org.staff().http().get(org.path() + "/members/" + personId + "/identity").status());
    Http.Resp revealed = org.admin().http().get(org.path() + "/members/" + personId + "/identity");
    assertEquals(200, revealed.status(), revealed::toString);
    assertEquals(idNumber, revealed.json().getString("idNumber"));
    assertEquals(person.getString("phone"), revealed.json().getString("phone"));
  }

  @Test
  void onePersonInTwoOrganizationsIsOnePlatformPersonWithSeparateProfiles() {
    JsonObject person = Fixture.person("两地", "both-" + Ids.suffix() + "@m.test");
    Http.Resp inA =
        fx.a
            .admin()
            .http()
            .post(fx.a.path() + "/members", Fixture.inviteBody(person, List.of("volunteer")));
    Http.Resp inB =
        fx.b
            .admin()
            .http()
            .post(fx.b.path() + "/members", Fixture.inviteBody(person, List.of("staff")));
    assertEquals(201, inA.status(), inA::toString);
    assertEquals(201, inB.status(), inB::toString);
    assertEquals(inA.json().getString("personId"), inB.json().getString("personId"));
    assertEquals(
        List.of("volunteer"),
        inA.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(
        List.of("staff"),
        inB.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));

    Http.Resp again =
        fx.a
            .admin()
            .http()
            .post(fx.a.path() + "/members", Fixture.inviteBody(person, List.of("staff")));
    assertEquals(409, again.status());
    assertEquals("ALREADY_MEMBER", again.code());

    Keycloak.setPassword(person.getString("email"), Fixture.PASSWORD);
    Http.Resp me =
        Http.as(Keycloak.token(person.getString("email"), Fixture.PASSWORD)).get("/api/v1/me");
    assertEquals(200, me.status(), me::toString);
    assertEquals(2, me.json().getJsonArray("memberships").size());
  }

  @Test
  void invalidInvitesAre400() {
    Http admin = org.admin().http();
    Http.Resp badRole =
        admin.post(
            org.path() + "/members",
            Fixture.inviteBody(Fixture.person("X", "x@m.test"), List.of("boss")));
    assertEquals(400, badRole.status());
    assertEquals("UNKNOWN_ROLE", badRole.code());
    JsonObject badPhone =
        jakarta.json.Json.createObjectBuilder(Fixture.person("X", "y@m.test"))
            .add("phone", "12345")
            .build();
    Http.Resp phone =
        admin.post(org.path() + "/members", Fixture.inviteBody(badPhone, List.of("staff")));
    assertEquals(400, phone.status());
    assertEquals("INVALID_PHONE", phone.code());
    Http.Resp noRoles =
        admin.post(
            org.path() + "/members",
            Fixture.inviteBody(Fixture.person("X", "z@m.test"), List.of()));
    assertEquals(400, noRoles.status());
    assertTrue(List.of("VALIDATION_FAILED", "ROLES_REQUIRED").contains(noRoles.code()));
  }

  @Test
  void twoAdminsRemovingEachOtherAtOnceLeaveOneAdmin() throws Exception {
    Fixture.TestOrg duo = fx.createOrg("td-" + Ids.suffix());
    Fixture.Member second =
        Fixture.invite(
            duo.admin().http(),
            duo.code(),
            "adm2-" + Ids.suffix() + "@m.test",
            List.of("org-admin"));
    Http first = duo.admin().http();
    Http other = second.http();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var a = pool.submit(() -> first.delete(duo.path() + "/members/" + second.personId()));
    var b = pool.submit(() -> other.delete(duo.path() + "/members/" + duo.admin().personId()));
    int removed = (a.get().status() == 204 ? 1 : 0) + (b.get().status() == 204 ? 1 : 0);
    pool.shutdown();
    assertTrue(removed <= 1, "at most one removal may succeed: " + a.get() + " / " + b.get());
    long admins =
        duo.admin().http().get(duo.path() + "/members").status() == 200
            ? duo.admin().http().get(duo.path() + "/members").json().getJsonArray("items").stream()
                .filter(
                    m -> m.asJsonObject().getJsonArray("roles").toString().contains("org-admin"))
                .count()
            : second.http().get(duo.path() + "/members").json().getJsonArray("items").stream()
                .filter(
                    m -> m.asJsonObject().getJsonArray("roles").toString().contains("org-admin"))
                .count();
    assertTrue(admins >= 1, "the organization still has an org admin");
  }
}
