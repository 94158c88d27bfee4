package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Browser;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.Keycloak;
import org.linli.e2e.support.MailServer;
import org.linli.e2e.support.TestEnv;

/**
 * Invited people get in without an operator: Keycloak e-mails the invitation through a real SMTP
 * server (GreenMail in this JVM), the person opens the link, chooses a password on Keycloak's pages
 * and signs in. `linli test` runs the platform with a 30 s link lifespan and a 3 s re-send
 * interval.
 */
class InvitationMailIT {
  static final MailServer mail = new MailServer();
  static Fixture fx;
  static Fixture.TestOrg org;

  @BeforeAll
  static void setUp() {
    fx = Fixture.get();
    org = fx.createOrg("ti-" + Ids.suffix());
    mail.start();
  }

  @AfterAll
  static void tearDown() {
    mail.stop();
  }

  @Test
  void anInvitedStaffMemberChoosesAPasswordFromTheEmailAndSignsIn() {
    String email = "inv-" + Ids.suffix() + "@mail.test";
    Http.Resp invited = invite(email, "staff");
    assertEquals(201, invited.status(), invited::toString);
    JsonObject invitation = invited.json().getJsonObject("invitation");
    assertTrue(invitation.getBoolean("sent"), invited::toString);
    Instant expiresAt = Instant.parse(invitation.getString("expiresAt"));
    assertTrue(expiresAt.isAfter(Instant.now()), "the link works for a while");

    var message = mail.await(email, 1).get(0);
    String link = MailServer.actionLink(message);
    // The realm's default language is simplified Chinese (zh-CN): so is the e-mail.
    String text = MailServer.text(message);
    assertTrue(text.contains("更新密码"), "asks to choose a password, in Chinese: " + text);
    assertTrue(text.contains("验证电子信箱"), "and confirms the address: " + text);
    assertFalse(text.contains("Update Password"), "not in English");

    String password = "Chosen-" + Ids.suffix() + "-pw";
    Browser.Page done = choosePassword(new Browser(), link, password);
    assertTrue(done.html().contains("您的账户已经更新"), done::toString);
    assertNotNull(
        done.link(TestEnv.get("LINLI_INVITATION_REDIRECT_URI")),
        "a way back to the application: " + done);

    String token = Keycloak.token(email, password);
    Http.Resp me = Http.as(token).get("/api/v1/me");
    assertEquals(200, me.status(), me::toString);
    assertEquals(200, Http.as(token).get(org.path()).status(), "signed in as a member");

    Browser.Page again = new Browser().get(link, keycloak());
    assertEquals(400, again.status(), "a used link does not open the form again");
    assertNull(again.formAction("kc-passwd-update-form"), again::toString);

    Http.Resp resend = resend(invited.json().getString("personId"));
    assertEquals(409, resend.status(), resend::toString);
    assertEquals("LOGIN_ALREADY_SET_UP", resend.code());
    assertEquals(1, mail.to(email).size(), "no further e-mail");
  }

  @Test
  void someoneWhoAlreadySignsInGetsNoEmailWhenInvitedElsewhere() {
    String email = "both-" + Ids.suffix() + "@mail.test";
    JsonObject person = Fixture.person("两边", email);
    Http.Resp first =
        fx.a
            .admin()
            .http()
            .post(fx.a.path() + "/members", Fixture.inviteBody(person, List.of("staff")));
    assertEquals(201, first.status(), first::toString);
    Keycloak.setPassword(email, Fixture.PASSWORD);
    int before = mail.to(email).size();

    Http.Resp invited =
        org.admin()
            .http()
            .post(org.path() + "/members", Fixture.inviteBody(person, List.of("finance")));
    assertEquals(201, invited.status(), invited::toString);
    JsonObject invitation = invited.json().getJsonObject("invitation");
    assertFalse(invitation.getBoolean("sent"));
    assertEquals("LOGIN_ACTIVE", invitation.getString("reason"));
    // Keycloak sends synchronously within the invitation: had it sent, the e-mail would be here.
    assertEquals(before, mail.to(email).size(), "no password e-mail for a working login");
    Http signedIn = Http.as(Keycloak.token(email, Fixture.PASSWORD));
    assertEquals(200, signedIn.get(org.path()).status(), "the membership just appears");
  }

  @Test
  void withoutAMailServerTheInvitationStandsAndIsResentLater() {
    String email = "nomail-" + Ids.suffix() + "@mail.test";
    mail.stop();
    Http.Resp invited;
    Http.Resp failed;
    try {
      invited = invite(email, "volunteer");
      failed = resend(invited.json().getString("personId"));
    } finally {
      mail.start();
    }
    assertEquals(201, invited.status(), invited::toString);
    JsonObject invitation = invited.json().getJsonObject("invitation");
    assertFalse(invitation.getBoolean("sent"));
    assertEquals("EMAIL_FAILED", invitation.getString("reason"));
    String personId = invited.json().getString("personId");
    assertEquals(200, org.admin().http().get(org.path() + "/members/" + personId).status());
    assertEquals(503, failed.status(), failed::toString);
    assertEquals("INVITATION_EMAIL_FAILED", failed.code());

    Http.Resp sent = resend(personId);
    assertEquals(200, sent.status(), sent::toString);
    assertTrue(sent.json().getBoolean("sent"));
    mail.await(email, 1);

    Http.Resp tooSoon = resend(personId);
    assertEquals(409, tooSoon.status(), tooSoon::toString);
    assertEquals("INVITATION_RECENTLY_SENT", tooSoon.code());
    assertEquals(1, mail.to(email).size());

    Http.Resp later = resendOnceAllowed(personId);
    assertEquals(200, later.status(), later::toString);
    String newest = MailServer.actionLink(mail.await(email, 2).get(1));
    String password = "Later-" + Ids.suffix() + "-pw";
    Browser.Page done = choosePassword(new Browser(), newest, password);
    assertTrue(done.html().contains("您的账户已经更新"), done::toString);
    assertEquals(200, Http.as(Keycloak.token(email, password)).get("/api/v1/me").status());
  }

  @Test
  void anExpiredLinkSaysSoAndANewInvitationWorks() {
    String email = "exp-" + Ids.suffix() + "@mail.test";
    Http.Resp invited = invite(email, "staff");
    assertEquals(201, invited.status(), invited::toString);
    String link = MailServer.actionLink(mail.await(email, 1).get(0));

    Browser.Page expired = awaitExpiry(link);
    assertTrue(expired.html().contains("操作已过期"), expired::toString);
    assertNull(expired.formAction("kc-passwd-update-form"));

    Http.Resp resent = resend(invited.json().getString("personId"));
    assertEquals(200, resent.status(), resent::toString);
    String fresh = MailServer.actionLink(mail.await(email, 2).get(1));
    String password = "Fresh-" + Ids.suffix() + "-pw";
    choosePassword(new Browser(), fresh, password);
    assertEquals(200, Http.as(Keycloak.token(email, password)).get(org.path()).status());
  }

  @Test
  void aNewOrganizationsFirstAdminIsInvitedByEmail() {
    String code = "tf-" + Ids.suffix();
    String email = "first@" + code + ".test";
    Http.Resp created =
        fx.platform()
            .post("/api/v1/platform/orgs", Fixture.orgBody(code, Fixture.person("管理员", email)));
    assertEquals(201, created.status(), created::toString);
    assertTrue(created.json().getJsonObject("firstAdminInvitation").getBoolean("sent"));
    String password = "First-" + Ids.suffix() + "-pw";
    choosePassword(new Browser(), MailServer.actionLink(mail.await(email, 1).get(0)), password);
    Http admin = Http.as(Keycloak.token(email, password));
    assertEquals(200, admin.get("/api/v1/orgs/" + code + "/members").status());
  }

  @Test
  void onlyThisOrganizationsAdminsResend() {
    String email = "iso-" + Ids.suffix() + "@mail.test";
    String personId = invite(email, "staff").json().getString("personId");
    mail.await(email, 1);
    Http.Resp otherOrg =
        fx.b.admin().http().post(fx.b.path() + "/members/" + personId + "/invitation", null);
    assertEquals(404, otherOrg.status(), "not a member there: " + otherOrg);
    assertEquals("MEMBER_NOT_FOUND", otherOrg.code());
    Http.Resp otherAdmin =
        fx.b.admin().http().post(org.path() + "/members/" + personId + "/invitation", null);
    assertEquals(403, otherAdmin.status(), otherAdmin::toString);
    Http.Resp staff =
        org.staff().http().post(org.path() + "/members/" + personId + "/invitation", null);
    assertEquals(403, staff.status(), staff::toString);
    assertEquals(1, mail.to(email).size(), "none of them sent an e-mail");
  }

  private static Http.Resp invite(String email, String role) {
    return org.admin()
        .http()
        .post(
            org.path() + "/members",
            Fixture.inviteBody(Fixture.person("受邀人", email), List.of(role)));
  }

  private static Http.Resp resend(String personId) {
    return org.admin().http().post(org.path() + "/members/" + personId + "/invitation", null);
  }

  /** Re-sends as soon as the re-send interval allows (bounded wait, no fixed sleep). */
  private static Http.Resp resendOnceAllowed(String personId) {
    Instant deadline = Instant.now().plusSeconds(30);
    Http.Resp resp = resend(personId);
    while ("INVITATION_RECENTLY_SENT".equals(resp.code()) && Instant.now().isBefore(deadline)) {
      MailServer.pace();
      resp = resend(personId);
    }
    return resp;
  }

  /** Opens the link until Keycloak says it expired (the lifespan is 30 s in the test run). */
  private static Browser.Page awaitExpiry(String link) {
    Instant deadline = Instant.now().plusSeconds(120);
    Browser.Page page = new Browser().get(link, keycloak());
    while (page.status() != 400 && Instant.now().isBefore(deadline)) {
      MailServer.pace();
      page = new Browser().get(link, keycloak());
    }
    assertEquals(400, page.status(), "the link expires: " + page);
    return page;
  }

  /**
   * What the person does: open the link, confirm on Keycloak's info page, fill in the new password
   * twice, submit. Returns the page Keycloak ends on.
   */
  private static Browser.Page choosePassword(Browser browser, String link, String password) {
    Browser.Page info = browser.get(link, keycloak());
    assertEquals(200, info.status(), info::toString);
    String proceed = info.link("login-actions/action-token");
    assertNotNull(proceed, "the info page links on: " + info);
    Browser.Page form = browser.get(proceed, keycloak());
    String action = form.formAction("kc-passwd-update-form");
    assertNotNull(action, "the password form: " + form);
    Browser.Page done =
        browser.submit(action, keycloak(), "password-new", password, "password-confirm", password);
    assertEquals(200, done.status(), done::toString);
    return done;
  }

  private static String keycloak() {
    return TestEnv.keycloakUrl();
  }
}
