package org.linli.tenant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;
import org.linli.tenant.application.LoginDirectory;

/**
 * Creates and finds logins through the Keycloak Admin REST API as the {@code linli-admin}
 * service-account client (manage-users only). New users must set their password at first login.
 */
@ApplicationScoped
public class KeycloakUsers implements LoginDirectory {
  private static final Logger LOG = Logger.getLogger(KeycloakUsers.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject
  @ConfigProperty(name = "linli.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "linli.keycloak.realm", defaultValue = "linli")
  String realm;

  @Inject
  @ConfigProperty(name = "linli.keycloak.admin-client-id", defaultValue = "linli-admin")
  String clientId;

  @Inject
  @ConfigProperty(name = "linli.keycloak.admin-client-secret")
  String clientSecret;

  /** The client whose pages the invitation link opens (and whose redirect URIs apply). */
  @Inject
  @ConfigProperty(name = "linli.invitation.client-id", defaultValue = "linli-web")
  String invitationClientId;

  /**
   * Where the person lands after choosing a password; must be a redirect URI of that client. Unset:
   * Keycloak ends on its own "your account has been updated" page.
   */
  @Inject
  @ConfigProperty(name = "linli.invitation.redirect-uri")
  Optional<String> invitationRedirectUri;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private volatile String token;
  private volatile Instant tokenExpiry = Instant.EPOCH;

  @Override
  public String ensureLogin(String email, String displayName, String personId) {
    String existing = findByUsername(email);
    if (existing != null) {
      return existing;
    }
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", email)
            .add("email", email)
            .add("firstName", displayName)
            .add("enabled", true)
            .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
            .add(
                "attributes",
                Json.createObjectBuilder()
                    .add("linliPersonId", Json.createArrayBuilder().add(personId)))
            .build();
    HttpResponse<String> created = send(adminRequest("/users").POST(body(user)));
    if (created.statusCode() == 409) {
      throw new DomainException(
          ErrorKind.CONFLICT, "LOGIN_CONFLICT", List.of(FieldError.of("email", "LOGIN_CONFLICT")));
    }
    expect(created, 201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String subject = location.substring(location.lastIndexOf('/') + 1);
    removeIfRolledBack(subject);
    return subject;
  }

  /**
   * Keycloak takes no part in the database transaction: a login created for a registration that
   * then fails (a conflict, a bad field, a constraint at commit) would be left behind without a
   * person and later be adopted by whoever claims its e-mail. Deleting it when the transaction does
   * not commit keeps "nothing half-written" true for the identity provider too.
   */
  private void removeIfRolledBack(String subject) {
    TransactionSynchronizationRegistry transactions = transactions();
    if (transactions == null
        || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              deleteLogin(subject);
            }
          }
        });
  }

  private void deleteLogin(String subject) {
    try {
      int status = send(adminRequest("/users/" + subject).DELETE()).statusCode();
      if (status != 204 && status != 404) {
        LOG.warning(
            () -> "Could not remove login " + subject + " after a rollback: HTTP " + status);
      }
    } catch (DomainException e) {
      LOG.warning(() -> "Could not remove login " + subject + " after a rollback");
    }
  }

  private static TransactionSynchronizationRegistry transactions() {
    try {
      return (TransactionSynchronizationRegistry)
          new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
    } catch (NamingException e) {
      return null;
    }
  }

  @Override
  public void setPassword(String subject, String password, boolean temporary) {
    JsonObject credential =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", temporary)
            .build();
    expect(send(adminRequest("/users/" + subject + "/reset-password").PUT(body(credential))), 204);
    if (!temporary) {
      JsonObject noActions =
          Json.createObjectBuilder().add("requiredActions", Json.createArrayBuilder()).build();
      expect(send(adminRequest("/users/" + subject).PUT(body(noActions))), 204);
    }
  }

  @Override
  public boolean isReachable() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
              .timeout(Duration.ofSeconds(3))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public LoginSetup setupOf(String subject) {
    HttpResponse<String> user = send(adminRequest("/users/" + subject).GET());
    if (user.statusCode() == 404) {
      return LoginSetup.MISSING;
    }
    expect(user, 200);
    JsonObject json = Json.createReader(new StringReader(user.body())).readObject();
    JsonArray actions = json.getJsonArray("requiredActions");
    if (actions != null
        && actions.getValuesAs(JsonString.class).stream()
            .anyMatch(a -> "UPDATE_PASSWORD".equals(a.getString()))) {
      return LoginSetup.PENDING;
    }
    HttpResponse<String> credentials =
        send(adminRequest("/users/" + subject + "/credentials").GET());
    expect(credentials, 200);
    boolean hasPassword =
        Json.createReader(new StringReader(credentials.body())).readArray().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(c -> "password".equals(c.getString("type", "")));
    return hasPassword ? LoginSetup.COMPLETE : LoginSetup.PENDING;
  }

  /**
   * Keycloak's execute-actions e-mail: one link through which the person chooses a password and, by
   * opening it, confirms the address. Keycloak talks to the mail server itself (the realm's {@code
   * smtpServer}, written by {@code keycloak.sh} from {@code LINLI_SMTP_*}) and answers 500 when it
   * cannot send; that is reported as "not sent", not as an outage of the platform.
   */
  @Override
  public boolean sendInvitation(String subject, Duration lifespan) {
    StringBuilder query =
        new StringBuilder("/users/")
            .append(subject)
            .append("/execute-actions-email?client_id=")
            .append(URLEncoder.encode(invitationClientId, StandardCharsets.UTF_8))
            .append("&lifespan=")
            .append(lifespan.toSeconds());
    invitationRedirectUri
        .filter(uri -> !uri.isBlank())
        .ifPresent(
            uri ->
                query
                    .append("&redirect_uri=")
                    .append(URLEncoder.encode(uri, StandardCharsets.UTF_8)));
    JsonArray actions =
        Json.createArrayBuilder().add("UPDATE_PASSWORD").add("VERIFY_EMAIL").build();
    HttpResponse<String> sent =
        send(
            adminRequest(query.toString())
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        actions.toString(), StandardCharsets.UTF_8)));
    if (sent.statusCode() == 204) {
      return true;
    }
    if (sent.statusCode() == 500 || sent.statusCode() == 400) {
      // 500: the mail server is not configured or refused; 400: e.g. a redirect URI the client
      // does not allow. Either way an operator must act; the invitation itself stands.
      LOG.warning(
          () ->
              "Keycloak did not send the invitation e-mail for login "
                  + subject
                  + " (HTTP "
                  + sent.statusCode()
                  + " "
                  + sent.body()
                  + "): check the realm's SMTP settings (LINLI_SMTP_*) and"
                  + " linli.invitation.redirect-uri");
      return false;
    }
    throw unavailable("HTTP " + sent.statusCode());
  }

  private String findByUsername(String username) {
    String query =
        "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    HttpResponse<String> found = send(adminRequest(query).GET());
    expect(found, 200);
    JsonArray users = Json.createReader(new StringReader(found.body())).readArray();
    return users.isEmpty() ? null : users.getJsonObject(0).getString("id");
  }

  private HttpRequest.Builder adminRequest(String path) {
    return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + realm + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + serviceToken())
        .header("Content-Type", "application/json");
  }

  private synchronized String serviceToken() {
    if (token != null && Instant.now().isBefore(tokenExpiry)) {
      return token;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    expect(response, 200);
    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
    token = json.getString("access_token");
    // Renew well before expiry so a token never runs out mid-call.
    tokenExpiry = Instant.now().plusSeconds(Math.max(5, json.getInt("expires_in", 60) - 30));
    return token;
  }

  private String realmUrl() {
    return keycloakUrl + "/realms/" + realm;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw unavailable(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("interrupted");
    }
  }

  private void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw unavailable("HTTP " + response.statusCode());
    }
  }

  private DomainException unavailable(String why) {
    LOG.warning(() -> "Keycloak admin call failed: " + why);
    return new DomainException(ErrorKind.UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE");
  }

  private static HttpRequest.BodyPublisher body(JsonObject json) {
    return HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8);
  }
}
