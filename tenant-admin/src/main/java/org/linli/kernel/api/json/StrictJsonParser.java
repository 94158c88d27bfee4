package org.linli.kernel.api.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.linli.kernel.error.DomainException;

/**
 * Reads a request body into a JSON-P tree, refusing what lenient parsers let through: bytes that
 * are not UTF-8, duplicate keys, content after the first value, nesting deeper than {@link
 * #MAX_DEPTH}, and strings or keys holding characters {@link TextRules} forbids.
 */
public final class StrictJsonParser {
  /** Far deeper than any request body of this API; stops stack-hungry documents early. */
  public static final int MAX_DEPTH = 32;

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final char UNDECODABLE = '\uFFFF';

  private StrictJsonParser() {}

  /** The parsed value, or null for an empty (or whitespace-only) body. */
  public static JsonValue parse(byte[] body) {
    String text = decode(body);
    if (text.isBlank()) {
      return null;
    }
    return new Run(text).read();
  }

  /**
   * UTF-8 only (RFC 8259). Undecodable bytes become U+FFFF, which no string may hold, so the error
   * names the field they sit in; outside a string they are a syntax error.
   */
  private static String decode(byte[] body) {
    int start = hasBom(body) ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
    try {
      return decoder(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      try {
        return decoder(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(body, start, body.length - start))
            .toString();
      } catch (CharacterCodingException impossible) {
        throw TextRules.invalidCharacters(Paths.ROOT);
      }
    }
  }

  private static CharsetDecoder decoder(CodingErrorAction onError) {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(onError)
        .onUnmappableCharacter(onError)
        .replaceWith(String.valueOf(UNDECODABLE));
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  /** One parse: a stack of open containers, each with its path and the keys seen so far. */
  private static final class Run {
    private final String text;
    private final Deque<Frame> open = new ArrayDeque<>();
    private boolean rootDone;

    Run(String text) {
      this.text = text;
    }

    private static final class Frame {
      final String path;
      final JsonObjectBuilder object;
      final JsonArrayBuilder array;
      final Set<String> keys = new HashSet<>();
      String key;
      int index;

      Frame(String path, JsonObjectBuilder object, JsonArrayBuilder array) {
        this.path = path;
        this.object = object;
        this.array = array;
      }

      String childPath() {
        return object != null ? Paths.field(path, key) : Paths.element(path, index);
      }
    }

    JsonValue read() {
      JsonValue root = null;
      try (JsonParser parser = JSON.createParser(new StringReader(text))) {
        while (parser.hasNext()) {
          JsonParser.Event event = parser.next();
          JsonValue done = step(parser, event);
          if (done != null) {
            root = done;
            rootDone = true;
          }
        }
      } catch (DomainException e) {
        throw e;
      } catch (RuntimeException e) {
        // Parsson signals both syntax errors and content after the first value with JsonException
        // (and number-size limits with other runtime exceptions).
        if (rootDone) {
          throw trailingContent();
        }
        throw malformed();
      }
      return root;
    }

    /** Handles one event; answers the root value once it is complete. */
    private JsonValue step(JsonParser parser, JsonParser.Event event) {
      switch (event) {
        case START_OBJECT, START_ARRAY -> {
          String path = open.isEmpty() ? Paths.ROOT : open.peek().childPath();
          if (open.size() >= MAX_DEPTH) {
            throw tooDeep(path);
          }
          open.push(
              event == JsonParser.Event.START_OBJECT
                  ? new Frame(path, JSON.createObjectBuilder(), null)
                  : new Frame(path, null, JSON.createArrayBuilder()));
          return null;
        }
        case END_OBJECT -> {
          return add(open.pop().object.build());
        }
        case END_ARRAY -> {
          return add(open.pop().array.build());
        }
        case KEY_NAME -> {
          Frame frame = open.peek();
          String key = parser.getString();
          if (!TextRules.isClean(key)) {
            throw TextRules.invalidCharacters(frame.path);
          }
          if (!frame.keys.add(key)) {
            throw duplicateKey(Paths.field(frame.path, key));
          }
          frame.key = key;
          return null;
        }
        case VALUE_STRING -> {
          String value = parser.getString();
          if (!TextRules.isClean(value)) {
            throw TextRules.invalidCharacters(currentPath());
          }
          return add(JSON.createValue(value));
        }
        case VALUE_NUMBER -> {
          return add(JSON.createValue(parser.getBigDecimal()));
        }
        case VALUE_TRUE -> {
          return add(JsonValue.TRUE);
        }
        case VALUE_FALSE -> {
          return add(JsonValue.FALSE);
        }
        case VALUE_NULL -> {
          return add(JsonValue.NULL);
        }
        default -> throw new IllegalStateException("unexpected JSON event " + event);
      }
    }

    private String currentPath() {
      return open.isEmpty() ? Paths.ROOT : open.peek().childPath();
    }

    /** Adds a finished value to its container; a value with no container is the root. */
    private JsonValue add(JsonValue value) {
      Frame parent = open.peek();
      if (parent == null) {
        return value;
      }
      if (parent.object != null) {
        parent.object.add(parent.key, value);
      } else {
        parent.array.add(value);
        parent.index++;
      }
      return null;
    }
  }

  static DomainException malformed() {
    return DomainException.invalidField(Paths.ROOT, "MALFORMED_JSON");
  }

  static DomainException trailingContent() {
    return DomainException.invalidField(Paths.ROOT, "TRAILING_CONTENT");
  }

  static DomainException duplicateKey(String path) {
    return DomainException.invalidField(path, "DUPLICATE_KEY");
  }

  static DomainException tooDeep(String path) {
    return DomainException.invalidField(path, "NESTING_TOO_DEEP").with(MAX_DEPTH);
  }
}
