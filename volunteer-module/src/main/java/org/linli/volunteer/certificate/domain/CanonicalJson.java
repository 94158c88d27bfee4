package org.linli.volunteer.certificate.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one byte-exact text that is digested and signed. For the values used here (objects, arrays,
 * strings, integers, booleans) it is the JSON Canonicalization Scheme of RFC 8785: no whitespace,
 * object members sorted by UTF-16 code units, minimal string escapes, so anyone can recompute it
 * outside Java. Null members are left out.
 */
final class CanonicalJson {
  private CanonicalJson() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder(512);
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      appendObject(out, map);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        append(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof String s) {
      appendString(out, s);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("Not canonicalisable: " + value);
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    map.forEach(
        (k, v) -> {
          if (v != null) {
            sorted.put((String) k, v);
          }
        });
    out.append('{');
    boolean first = true;
    for (var e : sorted.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      appendString(out, e.getKey());
      out.append(':');
      append(out, e.getValue());
    }
    out.append('}');
  }

  private static void appendString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
