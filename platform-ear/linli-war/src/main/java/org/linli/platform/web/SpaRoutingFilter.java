package org.linli.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Lets the browser apps use history-mode URLs: a page request for a route such as {@code
 * /orgs/sunshine-sw/members} (console) or {@code /m/records} (mobile) gets the app's index.html,
 * whose router then shows the route. Also sets the cache headers: hashed files under /assets/ never
 * change (cached for a year), the pages are revalidated on every load so a new release is picked up
 * at once.
 */
@WebFilter(filterName = "spaRouting", urlPatterns = "/*")
public class SpaRoutingFilter extends HttpFilter {
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";
  static final String CONSOLE_PAGE = "/index.html";
  static final String MOBILE_PAGE = "/m/index.html";

  /**
   * Served by the server itself, never by the apps. The container tests deploy this WAR with
   * Arquillian's test runner servlet added; its calls must reach it, not the console's page.
   */
  private static final List<String> BACKEND_PREFIXES =
      List.of(
          "/api/",
          "/openapi",
          "/health",
          "/metrics",
          "/problem/",
          "/ibm/",
          "/app-config.json",
          "/ArquillianServletRunner");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/assets/")) {
      response.setHeader("Cache-Control", IMMUTABLE);
      chain.doFilter(request, response);
      return;
    }
    if (!isPageRequest(request) || isBackend(path)) {
      chain.doFilter(request, response);
      return;
    }
    if (path.equals("/m")) {
      response.sendRedirect(request.getContextPath() + "/m/");
      return;
    }
    String page = path.startsWith("/m/") ? MOBILE_PAGE : CONSOLE_PAGE;
    response.setHeader("Cache-Control", REVALIDATE);
    if (path.equals(page) || looksLikeFile(path)) {
      // the page itself, or a real file (favicon.ico, robots.txt): served as is, 404 if missing
      chain.doFilter(request, response);
      return;
    }
    request.getRequestDispatcher(page).forward(request, response);
  }

  private static boolean isPageRequest(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept == null || accept.contains("text/html") || accept.contains("*/*");
  }

  private static boolean isBackend(String path) {
    return path.equals("/api") || BACKEND_PREFIXES.stream().anyMatch(path::startsWith);
  }

  /** The last segment has an extension: a file, not a route (routes never contain dots). */
  private static boolean looksLikeFile(String path) {
    return path.substring(path.lastIndexOf('/') + 1).contains(".");
  }
}
