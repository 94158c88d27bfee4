package org.linli.platform.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The runtime settings the browser apps read at start: where to log in. Public (the apps need it
 * before login) and free of secrets: the client is a public PKCE client. Served here rather than
 * baked into the build, so one build runs against any Keycloak.
 */
@WebServlet("/app-config.json")
public class AppConfigServlet extends HttpServlet {
  @Inject
  @ConfigProperty(name = "linli.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "linli.keycloak.realm", defaultValue = "linli")
  String realm;

  @Inject
  @ConfigProperty(name = "linli.web.client-id", defaultValue = "linli-spa")
  String clientId;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String body =
        Json.createObjectBuilder()
            .add("oidcAuthority", stripSlash(keycloakUrl) + "/realms/" + realm)
            .add("oidcClientId", clientId)
            .build()
            .toString();
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
