package org.linli.e2e.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Malformed request bodies generated from an OpenAPI request schema, each with the problem code and
 * field path the strict reader must answer with (null field: any 4xx problem with a code).
 */
public final class BadInputs {
  /** One malformed body and the answer it must get (code null: any 400 problem with a code). */
  public record BadInput(String name, byte[] body, String code, String field) {}

  private enum Kind {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    OBJECT,
    FREE_OBJECT,
    ARRAY
  }

  /** A node of the schema: where it sits in a body and what JSON it takes. */
  private record Node(List<Object> path, Kind kind) {
    String field() {
      StringBuilder s = new StringBuilder();
      for (Object segment : path) {
        if (segment instanceof Integer i) {
          s.append('[').append(i).append(']');
        } else {
          s.append(s.isEmpty() ? "" : ".").append(segment);
        }
      }
      return s.isEmpty() ? "$" : s.toString();
    }

    /** The body holding {@code fragment} (raw JSON text) at this node, all else absent. */
    String body(String fragment) {
      String text = fragment;
      for (int i = path.size() - 1; i >= 0; i--) {
        Object segment = path.get(i);
        text =
            segment instanceof Integer
                ? "[" + text + "]"
                : "{" + quote((String) segment) + ":" + text + "}";
      }
      return text;
    }
  }

  private static final int MAX_SCHEMA_DEPTH = 8;

  private final JsonObject components;
  private final List<Node> nodes = new ArrayList<>();

  private BadInputs(JsonObject document) {
    JsonObject c = document.getJsonObject("components");
    components = c == null ? JsonValue.EMPTY_JSON_OBJECT : c.getJsonObject("schemas");
  }

  /** Every bad input for one request schema of the document. */
  public static List<BadInput> of(JsonObject document, JsonObject requestSchema) {
    BadInputs inputs = new BadInputs(document);
    inputs.walk(requestSchema, List.of(), 0);
    return inputs.generate();
  }

  private void walk(JsonObject schema, List<Object> path, int depth) {
    JsonObject s = resolve(schema);
    Kind kind = kind(s);
    nodes.add(new Node(path, kind));
    if (depth >= MAX_SCHEMA_DEPTH) {
      return;
    }
    if (kind == Kind.OBJECT) {
      JsonObject properties = s.getJsonObject("properties");
      if (properties != null) {
        for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
          if (p.getValue() instanceof JsonObject child && !child.getBoolean("readOnly", false)) {
            walk(child, append(path, p.getKey()), depth + 1);
          }
        }
      } else if (s.get("additionalProperties") instanceof JsonObject values) {
        walk(values, append(path, "k"), depth + 1);
      }
    } else if (kind == Kind.ARRAY && s.get("items") instanceof JsonObject items) {
      walk(items, append(path, 0), depth + 1);
    }
  }

  private List<BadInput> generate() {
    List<BadInput> out = new ArrayList<>();
    Node root = nodes.get(0);
    boolean strictRoot = root.kind() == Kind.OBJECT;
    out.add(text("top-level array", "[{}]", "INVALID_TYPE", "$"));
    out.add(text("trailing garbage", "{} x", "TRAILING_CONTENT", "$"));
    out.add(text("two concatenated objects", "{}{}", "TRAILING_CONTENT", "$"));
    out.add(text("syntax error", "{\"a\":", "MALFORMED_JSON", "$"));
    out.add(
        text(
            "nested 40 deep",
            "{\"sweep\":" + "[".repeat(40) + "]".repeat(40) + "}",
            "NESTING_TOO_DEEP",
            null));
    out.add(text("NUL in a key", "{\"a\\u0000\":1}", "INVALID_CHARACTERS", "$"));
    // A described object refuses a field it does not have; a free-form one may refuse it its own
    // way (settings: UNKNOWN_SETTING), but with a 400 all the same.
    out.add(
        strictRoot
            ? text(
                "unknown field", "{\"sweepUnknownField\":1}", "UNKNOWN_FIELD", "sweepUnknownField")
            : text("unknown field", "{\"sweepUnknownField\":1}", null, null));
    boolean firstString = true;
    for (Node n : nodes) {
      String f = n.field();
      switch (n.kind()) {
        case STRING -> {
          out.add(text("NUL in " + f, n.body("\"a\\u0000b\""), "INVALID_CHARACTERS", f));
          out.add(text("ESC in " + f, n.body("\"\\u001b[31m\""), "INVALID_CHARACTERS", f));
          out.add(text("lone surrogate in " + f, n.body("\"x\\ud800\""), "INVALID_CHARACTERS", f));
          out.add(text("true for string " + f, n.body("true"), "INVALID_TYPE", f));
          out.add(text("12 for string " + f, n.body("12"), "INVALID_TYPE", f));
          duplicate(n, "\"x\"", "\"y\"")
              .ifPresent(b -> out.add(text("duplicate " + f, b, "DUPLICATE_KEY", f)));
          if (firstString) {
            firstString = false;
            out.add(invalidUtf8(n));
          }
        }
        case INTEGER -> {
          out.add(text("\"12\" for integer " + f, n.body("\"12\""), "INVALID_TYPE", f));
          out.add(text("2.5 for integer " + f, n.body("2.5"), "NOT_AN_INTEGER", f));
          out.add(text("1e30 for integer " + f, n.body("1e30"), "NUMBER_OUT_OF_RANGE", f));
          duplicate(n, "1", "2")
              .ifPresent(b -> out.add(text("duplicate " + f, b, "DUPLICATE_KEY", f)));
        }
        case NUMBER -> {
          out.add(text("\"12\" for number " + f, n.body("\"12\""), "INVALID_TYPE", f));
          out.add(text("true for number " + f, n.body("true"), "INVALID_TYPE", f));
        }
        case BOOLEAN -> {
          out.add(text("\"yes\" for boolean " + f, n.body("\"yes\""), "INVALID_TYPE", f));
          out.add(text("1 for boolean " + f, n.body("1"), "INVALID_TYPE", f));
          out.add(text("\"\" for boolean " + f, n.body("\"\""), "INVALID_TYPE", f));
        }
        case OBJECT -> {
          if (!n.path().isEmpty()) {
            out.add(text("array for object " + f, n.body("[]"), "INVALID_TYPE", f));
            out.add(text("string for object " + f, n.body("\"x\""), "INVALID_TYPE", f));
          }
        }
        case FREE_OBJECT -> {
          // Keys of a free-form object (or of one the document does not describe) are unknown
          // here; the reader checks every string and key before it binds, so any key will do.
          Node inner = new Node(append(n.path(), "sweep"), Kind.STRING);
          String g = inner.field();
          out.add(text("NUL inside " + f, inner.body("\"a\\u0000b\""), "INVALID_CHARACTERS", g));
          out.add(text("ESC inside " + f, inner.body("\"\\u001b[31m\""), "INVALID_CHARACTERS", g));
          out.add(
              text(
                  "lone surrogate inside " + f,
                  inner.body("\"x\\udfff\""),
                  "INVALID_CHARACTERS",
                  g));
          out.add(invalidUtf8(inner));
          duplicate(inner, "1", "2")
              .ifPresent(b -> out.add(text("duplicate inside " + f, b, "DUPLICATE_KEY", g)));
          if (!n.path().isEmpty()) {
            out.add(text("array for object " + f, n.body("[]"), "INVALID_TYPE", f));
          }
        }
        case ARRAY -> out.add(text("object for array " + f, n.body("{}"), "INVALID_TYPE", f));
      }
    }
    return out;
  }

  /** The node's key twice in its object (only for nodes whose parent is an object). */
  private static java.util.Optional<String> duplicate(Node n, String first, String second) {
    List<Object> path = n.path();
    if (path.isEmpty() || !(path.get(path.size() - 1) instanceof String key)) {
      return java.util.Optional.empty();
    }
    Node parent = new Node(path.subList(0, path.size() - 1), Kind.OBJECT);
    return java.util.Optional.of(
        parent.body("{" + quote(key) + ":" + first + "," + quote(key) + ":" + second + "}"));
  }

  private static BadInput invalidUtf8(Node n) {
    String marker = "SWEEPBADBYTES";
    byte[] text = n.body("\"a" + marker + "b\"").getBytes(StandardCharsets.UTF_8);
    byte[] m = marker.getBytes(StandardCharsets.UTF_8);
    int at = indexOf(text, m);
    byte[] bad = {(byte) 0xff, (byte) 0xc3, (byte) 0x28};
    byte[] body = new byte[text.length - m.length + bad.length];
    System.arraycopy(text, 0, body, 0, at);
    System.arraycopy(bad, 0, body, at, bad.length);
    System.arraycopy(text, at + m.length, body, at + bad.length, text.length - at - m.length);
    return new BadInput("invalid UTF-8 in " + n.field(), body, "INVALID_CHARACTERS", n.field());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("marker not found");
  }

  private static BadInput text(String name, String body, String code, String field) {
    return new BadInput(name, body.getBytes(StandardCharsets.UTF_8), code, field);
  }

  private JsonObject resolve(JsonObject schema) {
    JsonObject s = schema;
    for (int i = 0; i < 10; i++) {
      if (s.get("$ref") instanceof JsonString ref) {
        String name = ref.getString().substring(ref.getString().lastIndexOf('/') + 1);
        s = components.getJsonObject(name);
      } else if (s.get("allOf") instanceof jakarta.json.JsonArray all && all.size() == 1) {
        s = all.getJsonObject(0);
      } else if (s.get("oneOf") instanceof jakarta.json.JsonArray one && !one.isEmpty()) {
        s = one.getJsonObject(0);
      } else if (s.get("anyOf") instanceof jakarta.json.JsonArray any && !any.isEmpty()) {
        s = any.getJsonObject(0);
      } else {
        return s;
      }
    }
    return s;
  }

  private static Kind kind(JsonObject s) {
    String type = null;
    JsonValue t = s.get("type");
    if (t instanceof JsonString ts) {
      type = ts.getString();
    } else if (t instanceof jakarta.json.JsonArray ta) {
      for (JsonValue v : ta) {
        if (v instanceof JsonString vs && !"null".equals(vs.getString())) {
          type = vs.getString();
        }
      }
    }
    if (type == null) {
      type = s.containsKey("properties") ? "object" : s.containsKey("items") ? "array" : "";
    }
    return switch (type) {
      case "string" -> Kind.STRING;
      case "integer" -> Kind.INTEGER;
      case "number" -> Kind.NUMBER;
      case "boolean" -> Kind.BOOLEAN;
      case "array" -> Kind.ARRAY;
      case "object" ->
          s.containsKey("properties")
                  || s.get("additionalProperties") instanceof JsonObject a && a.containsKey("type")
              ? Kind.OBJECT
              : Kind.FREE_OBJECT;
      default -> Kind.FREE_OBJECT;
    };
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(segment);
    return List.copyOf(longer);
  }

  private static String quote(String key) {
    return jakarta.json.Json.createValue(key).toString();
  }
}
