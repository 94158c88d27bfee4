package org.linli.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stands in for the province data-sharing gateway: signs a message with the shared key of the run
 * (LINLI_INTEGRATION_GATEWAY_SECRET, made per run by `linli test`) and posts it to the platform.
 */
public final class Gateway {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Gateway() {}

  public static String secret() {
    return TestEnv.get("LINLI_INTEGRATION_GATEWAY_SECRET");
  }

  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts {@code body} signed now with the run's key. */
  public static Http.Resp push(String org, String body) {
    long now = Instant.now().getEpochSecond();
    return post(org, body, Long.toString(now), sign(secret(), now, body));
  }

  /** Posts with the given headers (null leaves a header out). */
  public static Http.Resp post(String org, String body, String timestamp, String signature) {
    String url = TestEnv.baseUrl() + "/api/v1/gateway/orgs/" + org + "/messages";
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (timestamp != null) {
      b.header("X-Linli-Timestamp", timestamp);
    }
    if (signature != null) {
      b.header("X-Linli-Signature", signature);
    }
    try {
      HttpRequest request = b.build();
      HttpResponse<String> r =
          CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Http.holdToContract("POST", url, r);
      return new Http.Resp(r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
