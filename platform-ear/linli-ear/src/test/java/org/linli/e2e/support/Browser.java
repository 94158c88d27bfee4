package org.linli.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person's browser does with Keycloak's pages: keeps cookies, follows redirects one by one
 * (so the tests see where they lead), submits forms. No JavaScript is needed by these pages.
 */
public final class Browser {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * Name to value, sent back on every request: one browser talks to one Keycloak. (The JDK's
   * CookieManager did not hand Keycloak's session cookies back for 127.0.0.1.)
   */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** A page, or where a redirect pointed when it left Keycloak ({@code location}). */
  public record Page(int status, String url, String html, String location) {
    /** The first link whose address contains {@code part}, HTML entities decoded. */
    public String link(String part) {
      Matcher href =
          Pattern.compile("href=\"([^\"]*" + Pattern.quote(part) + "[^\"]*)\"").matcher(html);
      return href.find() ? unescape(href.group(1)) : null;
    }

    /** The action of the form with this id, or null when the page has no such form. */
    public String formAction(String formId) {
      Matcher form = Pattern.compile("<form[^>]*>").matcher(html);
      while (form.find()) {
        String tag = form.group();
        if (tag.contains("id=\"" + formId + "\"")) {
          Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(tag);
          return action.find() ? unescape(action.group(1)) : null;
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return status + " " + url + (location == null ? "" : " -> " + location) + "\n" + html;
    }
  }

  /** GET, following redirects within {@code stayOn}; a redirect elsewhere ends in its location. */
  public Page get(String url, String stayOn) {
    return follow(send(HttpRequest.newBuilder(URI.create(url)).GET(), url), stayOn);
  }

  /** Submits a form (urlencoded), then follows redirects like {@link #get}. */
  public Page submit(String action, String stayOn, String... namesAndValues) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (form.length() > 0) {
        form.append('&');
      }
      form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
    return follow(send(post, action), stayOn);
  }

  private Page follow(Page page, String stayOn) {
    for (int hops = 0; hops < 10 && page.location() != null; hops++) {
      String next = URI.create(page.url()).resolve(page.location()).toString();
      if (!next.startsWith(stayOn)) {
        return new Page(page.status(), page.url(), page.html(), next);
      }
      page = send(HttpRequest.newBuilder(URI.create(next)).GET(), next);
    }
    return page;
  }

  private Page send(HttpRequest.Builder request, String url) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> resp =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String setCookie : resp.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          String value = pair.substring(eq + 1);
          boolean expired = setCookie.toLowerCase(Locale.ROOT).contains("max-age=0");
          if (expired || value.isEmpty()) {
            cookies.remove(pair.substring(0, eq).trim());
          } else {
            cookies.put(pair.substring(0, eq).trim(), value);
          }
        }
      }
      String location =
          resp.statusCode() / 100 == 3 ? resp.headers().firstValue("Location").orElse(null) : null;
      return new Page(resp.statusCode(), url, resp.body(), location);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#61;", "=").replace("&#x3D;", "=");
  }
}
