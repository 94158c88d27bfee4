package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Real tokens from the test Keycloak, and the operator's admin calls the tests need. */
public final class Keycloak {
  private Keycloak() {}

  public static String token(String username, String password) {
    return token("linli", "linli-web", username, password);
  }

  public static String token(String realm, String clientId, String username, String password) {
    Http.Resp resp = tokenResponse(realm, clientId, username, password);
    if (resp.status() != 200) {
      throw new IllegalStateException("token for " + username + ": " + resp);
    }
    return resp.json().getString("access_token");
  }

  private static Http.Resp tokenResponse(String realm, String clientId, String user, String pw) {
    String form =
        "grant_type=password&client_id="
            + enc(clientId)
            + "&username="
            + enc(user)
            + "&password="
            + enc(pw);
    return Http.anonymous()
        .header("Content-Type", "application/x-www-form-urlencoded")
        .post(TestEnv.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token", form);
  }

  /**
   * The master realm's bootstrap admin, for operator actions (set passwords, make test clients).
   */
  public static Http admin() {
    return Http.as(
        token("master", "admin-cli", "admin", TestEnv.get("LINLI_KC_BOOTSTRAP_PASSWORD")));
  }

  /** Whether the realm holds a login with this user name (to prove nothing was left behind). */
  public static boolean userExists(String username) {
    return !Json.createReader(
            new StringReader(
                admin()
                    .get(
                        TestEnv.keycloakUrl()
                            + "/admin/realms/linli/users?exact=true&username="
                            + enc(username))
                    .body()))
        .readArray()
        .isEmpty();
  }

  public static String userId(String username) {
    JsonArray users =
        Json.createReader(
                new StringReader(
                    admin()
                        .get(
                            TestEnv.keycloakUrl()
                                + "/admin/realms/linli/users?exact=true&username="
                                + enc(username))
                        .body()))
            .readArray();
    return users.getJsonObject(0).getString("id");
  }

  /** What an invited person does at first login: choose a password (required action cleared). */
  public static void setPassword(String username, String password) {
    Http admin = admin();
    String base = TestEnv.keycloakUrl() + "/admin/realms/linli/users/" + userId(username);
    JsonObject credential =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false)
            .build();
    expect(admin.put(base + "/reset-password", credential), 204);
    expect(
        admin.put(
            base,
            Json.createObjectBuilder().add("requiredActions", Json.createArrayBuilder()).build()),
        204);
  }

  public static void expect(Http.Resp resp, int status) {
    if (resp.status() != status) {
      throw new IllegalStateException("expected " + status + " but got " + resp);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
