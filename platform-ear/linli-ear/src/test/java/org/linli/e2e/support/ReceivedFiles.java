package org.linli.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** The list files an organization received, as its staff read them from the integration API. */
public final class ReceivedFiles {
  private ReceivedFiles() {}

  /** The received files called {@code name} (among the latest 100). */
  public static List<JsonObject> named(Fixture.TestOrg org, String name) {
    Http.Resp r = org.staff().http().get(org.path() + "/integration/files?limit=100");
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("name").equals(name))
        .toList();
  }

  /** The one received file called {@code name}. */
  public static JsonObject only(Fixture.TestOrg org, String name) {
    List<JsonObject> files = named(org, name);
    assertEquals(1, files.size(), "one received file: " + files);
    return files.get(0);
  }
}
