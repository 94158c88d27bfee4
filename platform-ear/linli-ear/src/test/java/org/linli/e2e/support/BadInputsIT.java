package org.linli.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.BadInputs.BadInput;

/**
 * The sweep's bad inputs follow the documented schema: every field, at its path. Needs no server;
 * named IT because this module (an EAR) runs only the failsafe phase.
 */
class BadInputsIT {
  private static final JsonObject DOC =
      Json.createReader(
              new StringReader(
                  """
                  {"components": {"schemas": {
                    "Shift": {"type": "object", "properties": {
                      "startsAt": {"type": "string", "format": "date-time"},
                      "capacity": {"type": "integer", "format": "int32"},
                      "requiredSkills": {"type": "array", "items": {"type": "string"}}}},
                    "Activity": {"type": "object", "properties": {
                      "title": {"type": "string"},
                      "latitude": {"type": "number"},
                      "insured": {"type": "boolean"},
                      "weights": {"type": "object", "additionalProperties": {"type": "number"}},
                      "shifts": {"type": "array", "items": {"$ref": "#/components/schemas/Shift"}}}}
                  }}}
                  """))
          .readObject();

  private static Map<String, BadInput> byName(JsonObject schema) {
    return BadInputs.of(DOC, schema).stream()
        .collect(Collectors.toMap(BadInput::name, b -> b, (a, b) -> a));
  }

  private static String text(BadInput b) {
    return new String(b.body(), StandardCharsets.UTF_8);
  }

  @Test
  void everyDocumentedFieldGetsItsBadInputsAtItsPath() {
    Map<String, BadInput> inputs =
        byName(Json.createObjectBuilder().add("$ref", "#/components/schemas/Activity").build());
    BadInput nul = inputs.get("NUL in shifts[0].requiredSkills[0]");
    assertEquals("{\"shifts\":[{\"requiredSkills\":[\"a\\u0000b\"]}]}", text(nul));
    assertEquals("INVALID_CHARACTERS", nul.code());
    assertEquals("shifts[0].requiredSkills[0]", nul.field());
    assertEquals(
        "{\"shifts\":[{\"capacity\":2.5}]}",
        text(inputs.get("2.5 for integer shifts[0].capacity")));
    assertEquals(
        "{\"shifts\":[{\"startsAt\":\"x\",\"startsAt\":\"y\"}]}",
        text(inputs.get("duplicate shifts[0].startsAt")));
    assertEquals("{\"weights\":{\"k\":\"12\"}}", text(inputs.get("\"12\" for number weights.k")));
    assertEquals("{\"insured\":1}", text(inputs.get("1 for boolean insured")));
    assertEquals("{\"shifts\":{}}", text(inputs.get("object for array shifts")));
    assertEquals("UNKNOWN_FIELD", inputs.get("unknown field").code());
    BadInput utf8 = inputs.get("invalid UTF-8 in title");
    assertEquals((byte) 0xff, utf8.body()[11]);
    for (String name :
        List.of(
            "lone surrogate in title",
            "ESC in shifts[0].startsAt",
            "true for string title",
            "\"yes\" for boolean insured",
            "top-level array",
            "trailing garbage",
            "nested 40 deep")) {
      assertTrue(inputs.containsKey(name), name + " in " + inputs.keySet());
    }
  }

  @Test
  void anUndescribedObjectStillGetsCharacterAndStructureChecks() {
    Map<String, BadInput> inputs = byName(Json.createObjectBuilder().add("type", "object").build());
    assertEquals("sweep", inputs.get("NUL inside $").field());
    assertEquals("{\"sweep\":1,\"sweep\":2}", text(inputs.get("duplicate inside $")));
    assertEquals(null, inputs.get("unknown field").code());
  }
}
