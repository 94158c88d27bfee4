package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A small HTTP client for black-box calls to the running platform. */
public final class Http {
  private static final HttpClient CLIENT =
      // HTTP/1.1: the default h2c upgrade of concurrent POSTs can stall on Liberty, and the
      // concurrency tests must measure the application, not the upgrade.
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** strict (default): a mismatch fails the test; report: appended to a file; off. */
  private static final String CONTRACT_MODE =
      System.getenv().getOrDefault("LINLI_TEST_CONTRACT", "strict").toLowerCase(Locale.ROOT);

  private final String token;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private boolean heldToContract = true;

  private Http(String token) {
    this.token = token;
  }

  public static Http as(String token) {
    return new Http(token);
  }

  public static Http anonymous() {
    return new Http(null);
  }

  public Http header(String name, String value) {
    Http copy = new Http(token);
    copy.headers.putAll(headers);
    copy.headers.put(name, value);
    copy.heldToContract = heldToContract;
    return copy;
  }

  /**
   * The same client, its answers not held to the OpenAPI document: only for requests that the web
   * container refuses before the application sees them (its answer is not the API's).
   */
  public Http outsideTheApplication() {
    Http copy = new Http(token);
    copy.headers.putAll(headers);
    copy.heldToContract = false;
    return copy;
  }

  public Resp get(String path) {
    return send("GET", path, null);
  }

  public Resp delete(String path) {
    return send("DELETE", path, null);
  }

  public Resp post(String path, Object body) {
    return send("POST", path, body);
  }

  public Resp put(String path, Object body) {
    return send("PUT", path, body);
  }

  public Resp send(String method, String path, Object body) {
    String url = path.startsWith("http") ? path : TestEnv.baseUrl() + path;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    String text =
        body == null ? null : body instanceof JsonStructure j ? j.toString() : body.toString();
    if (text != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        text == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    Resp resp;
    try {
      resp = new Resp(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (heldToContract) {
      holdToContract(method, url, resp.raw());
    }
    return resp;
  }

  /**
   * Every answer under /api/ must be one the OpenAPI document gives for the operation; a mismatch
   * fails the test that made the request ({@code LINLI_TEST_CONTRACT=report} only lists mismatches
   * in target/contract-mismatches.txt, {@code off} turns the check off).
   */
  public static void holdToContract(String method, String url, HttpResponse<?> resp) {
    String path = URI.create(url).getRawPath();
    if (CONTRACT_MODE.equals("off") || path == null || !path.startsWith("/api/")) {
      return;
    }
    String contentType = resp.headers().firstValue("Content-Type").orElse(null);
    String body =
        resp.body() instanceof byte[] bytes
            // A download is held to its status and content type; a problem to its schema too.
            ? (bytes.length == 0
                ? ""
                : contentType != null && contentType.contains("json")
                    ? new String(bytes, StandardCharsets.UTF_8)
                    : "(binary)")
            : (String) resp.body();
    ApiContract.served()
        .mismatch(method, path, resp.statusCode(), contentType, body)
        .ifPresent(
            m -> {
              if (CONTRACT_MODE.equals("report")) {
                ApiContract.report(m);
              } else {
                throw new AssertionError("Answer not as the OpenAPI document says: " + m);
              }
            });
  }

  /** A response with convenient JSON access. */
  public record Resp(HttpResponse<String> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(raw.body())).readObject();
    }

    /** The stable problem code of an error response. */
    public String code() {
      return json().getString("code", null);
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + raw.body();
    }
  }
}
