package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Http;

/**
 * The web apps' API types are generated from a committed snapshot of the OpenAPI document
 * (platform-ear/linli-web/openapi/linli.json, ADR 0010). This test fails while the served document
 * differs from it, so an API change cannot reach the apps unnoticed: refresh the snapshot, and the
 * apps' type check (npm run build) shows every screen the change breaks.
 */
class OpenApiSnapshotIT {
  static final Path SNAPSHOT = Path.of("../linli-web/openapi/linli.json");

  /** String lists whose order carries no meaning (the snapshot script sorts them too). */
  static final Set<String> SET_LIKE = Set.of("required", "enum", "tags");

  static final String HOW_TO_REFRESH =
      "The OpenAPI document served by the platform differs from the committed snapshot"
          + " platform-ear/linli-web/openapi/linli.json, from which the web apps' API types are"
          + " generated. If the API change is intended, refresh the snapshot against a running"
          + " platform (`liberty-config/bin/linli run`, then `cd platform-ear/linli-web &&"
          + " LINLI_BASE_URL=http://127.0.0.1:9080 npm run snapshot:api`), run `npm run build` (it"
          + " type-checks the apps against the new types) and commit the snapshot with the change."
          + " The served document is in platform-ear/linli-ear/target/openapi-served.json."
          + " Differences (JSON pointers):\n";

  @Test
  void servedDocumentEqualsTheWebAppsSnapshot() throws IOException {
    Http.Resp served = Http.anonymous().header("Accept", "application/json").get("/openapi");
    assertEquals(200, served.status(), "GET /openapi");
    JsonValue actual = normalize(read(served.body()), null);
    JsonValue expected = normalize(read(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)), null);
    List<String> differences = new ArrayList<>();
    diff("", expected, actual, differences);
    if (!differences.isEmpty()) {
      // Kept for whoever refreshes the snapshot without a running platform at hand.
      Path servedCopy = Path.of("target/openapi-served.json");
      Files.writeString(servedCopy, served.body(), StandardCharsets.UTF_8);
      fail(
          HOW_TO_REFRESH
              + String.join("\n", differences.subList(0, Math.min(40, differences.size())))
              + (differences.size() > 40
                  ? "\n... and " + (differences.size() - 40) + " more"
                  : ""));
    }
  }

  static JsonValue read(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject document = reader.readObject();
      // `servers` names the host and port the document was fetched from.
      return Json.createObjectBuilder(document).remove("servers").build();
    }
  }

  static JsonValue normalize(JsonValue value, String key) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder out = Json.createObjectBuilder();
      new TreeSet<>(object.keySet()).forEach(k -> out.add(k, normalize(object.get(k), k)));
      return out.build();
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>();
      array.forEach(v -> items.add(normalize(v, null)));
      if (key != null
          && SET_LIKE.contains(key)
          && items.stream().allMatch(v -> v instanceof JsonString)) {
        items.sort((a, b) -> ((JsonString) a).getString().compareTo(((JsonString) b).getString()));
      }
      JsonArrayBuilder out = Json.createArrayBuilder();
      items.forEach(out::add);
      return out.build();
    }
    return value;
  }

  /** Pointers where the snapshot (expected) and the served document (actual) differ. */
  static void diff(String at, JsonValue expected, JsonValue actual, List<String> out) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
      Set<String> keys = new TreeSet<>(e.keySet());
      keys.addAll(a.keySet());
      for (String k : keys) {
        String pointer = at + "/" + k.replace("~", "~0").replace("/", "~1");
        if (!a.containsKey(k)) {
          out.add(pointer + "  only in the snapshot");
        } else if (!e.containsKey(k)) {
          out.add(pointer + "  only in the served document");
        } else {
          diff(pointer, e.get(k), a.get(k), out);
        }
      }
      return;
    }
    if (expected instanceof JsonArray e && actual instanceof JsonArray a && e.size() == a.size()) {
      for (int i = 0; i < e.size(); i++) {
        diff(at + "/" + i, e.get(i), a.get(i), out);
      }
      return;
    }
    out.add(at + "  snapshot " + shorten(expected) + " / served " + shorten(actual));
  }

  private static String shorten(JsonValue value) {
    String text = value.toString();
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }
}
