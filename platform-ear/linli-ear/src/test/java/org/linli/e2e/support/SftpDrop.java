package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The bureau's SFTP server in the simulator: a test puts a roster file into an organization's
 * folder (through the simulator's control API) and reads which files the platform moved to done or
 * failed. The platform itself fetches them over real SFTP.
 */
public final class SftpDrop {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private SftpDrop() {}

  private static String url(String org, String name) {
    return TestEnv.get("LINLI_TEST_SIM_URL")
        + "/control/sftp/files?org="
        + URLEncoder.encode(org, StandardCharsets.UTF_8)
        + (name == null ? "" : "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
  }

  public static void put(String org, String name, byte[] content) {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(url(org, name)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("simulator SFTP put: " + r.statusCode() + " " + r.body());
    }
  }

  /** {"inbox":[...],"done":[...],"failed":[...]}: file names. */
  public static JsonObject folders(String org) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url(org, null))).GET().build());
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  public static List<String> names(String org, String folder) {
    return folders(org)
        .getJsonArray(folder)
        .getValuesAs(v -> ((jakarta.json.JsonString) v).getString());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How long the platform may take to fetch a file and move it out of the inbox. */
  public static final Duration TAKEN = Duration.ofSeconds(90);

  /** The name a file had before it was moved: done and failed names carry a time stamp. */
  public static String original(String moved) {
    return moved.replaceFirst("\\.\\d{8}-\\d{9}(\\.[^.]+)$", "$1");
  }

  /** How many copies of {@code name} the platform moved to {@code folder} (done or failed). */
  public static int count(String org, String name, String folder) {
    return (int) names(org, folder).stream().map(SftpDrop::original).filter(name::equals).count();
  }

  /** Puts the file in the organization's folder and waits until the platform moved it there. */
  public static void deliver(String org, String name, byte[] content, String expectedFolder) {
    put(org, name, content);
    // In the inbox until the platform took it (a repeat overwrites the earlier copy in .done).
    Simulator.await(
        name + " moved to " + expectedFolder,
        TAKEN,
        () -> !names(org, "inbox").contains(name) && count(org, name, expectedFolder) > 0);
  }
}
