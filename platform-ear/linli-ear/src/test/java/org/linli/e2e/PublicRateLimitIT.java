package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.ApiContract;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.TestEnv;

/**
 * The public endpoints are rate-limited per client address. The requests here come from a random
 * loopback address of their own (127.x.y.z, bound on the client socket), so exhausting its bucket
 * slows down no other test: the server sees a different remote address, not a forwarded header.
 */
class PublicRateLimitIT {
  /** As configured for the server under test (LINLI_PUBLIC_RATE_LIMIT_PER_MINUTE, default 60). */
  static final int PER_MINUTE =
      Integer.parseInt(
          Optional.ofNullable(System.getenv("LINLI_PUBLIC_RATE_LIMIT_PER_MINUTE"))
              .filter(v -> !v.isBlank())
              .orElse("60"));

  static final String WALKED = "/api/v1/public/certificates/no-such-org/ZM-2000-000001";

  record Raw(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  /** One GET over a fresh connection from {@code from}; HTTP/1.0, so the body is not chunked. */
  static Raw get(InetAddress from, String path) throws IOException {
    URI base = URI.create(TestEnv.baseUrl());
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), base.getPort(), from, 0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = answer.indexOf("\r\n\r\n");
      String head = answer.substring(0, split);
      return new Raw(Integer.parseInt(head.split(" ")[1]), head, answer.substring(split + 4));
    }
  }

  @Test
  void oneAddressIsLimitedOnThePublicEndpointsOthersAreNot() throws IOException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    InetAddress walker =
        InetAddress.getByAddress(
            new byte[] {
              127,
              (byte) random.nextInt(1, 255),
              (byte) random.nextInt(1, 255),
              (byte) random.nextInt(2, 255)
            });
    // The bucket holds PER_MINUTE requests and refills slowly: a bounded burst must hit the limit.
    int answered = 0;
    Raw limited = null;
    for (int i = 0; i < 2 * PER_MINUTE + 20 && limited == null; i++) {
      Raw r = get(walker, WALKED);
      if (r.status() == 429) {
        limited = r;
      } else {
        assertEquals(404, r.status(), r::toString);
        answered++;
      }
    }
    assertTrue(limited != null, "no 429 after " + answered + " requests");
    assertTrue(answered >= PER_MINUTE, "the whole burst is allowed first: " + answered);
    assertTrue(limited.body().contains("\"code\":\"RATE_LIMITED\""), limited::toString);
    assertTrue(
        limited.header("Content-Type").startsWith("application/problem+json"), limited::toString);
    long retryAfter = Long.parseLong(limited.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertEquals(
        Optional.empty(),
        ApiContract.served()
            .mismatch(
                "GET",
                "/api/v1/public/certificates/no-such-org/ZM-2000-000001",
                429,
                limited.header("Content-Type"),
                limited.body()),
        "429 as the OpenAPI document says");

    // Only the public endpoints are limited, and only for this address.
    assertNotEquals(429, get(walker, "/api/v1/me").status());
    Http.Resp other = Http.anonymous().get(WALKED);
    assertEquals(404, other.status(), other::toString);
  }
}
