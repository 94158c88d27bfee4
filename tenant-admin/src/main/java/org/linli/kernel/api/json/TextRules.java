package org.linli.kernel.api.json;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.linli.kernel.error.DomainException;

/**
 * The characters no text input may hold: control characters other than tab and line feed (NUL
 * cannot even be stored by PostgreSQL), unpaired surrogates (not text at all), and the
 * noncharacters U+FFFE/U+FFFF (the body reader marks undecodable UTF-8 bytes with U+FFFF).
 */
public final class TextRules {
  public static final String INVALID_CHARACTERS = "INVALID_CHARACTERS";

  private TextRules() {}

  /** The index of the first forbidden character, or -1 when the text is clean. */
  public static int firstInvalid(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        return i;
      }
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Percent-decodes as UTF-8, strictly: null when the escapes are not UTF-8 (the runtime's own
   * decoding would silently turn them into U+FFFD).
   */
  public static String percentDecode(String encoded) {
    if (encoded.indexOf('%') < 0) {
      return encoded;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && isHex(encoded, i + 1) && isHex(encoded, i + 2)) {
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(plain, 0, plain.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  public static boolean isClean(String text) {
    return firstInvalid(text) < 0;
  }

  public static DomainException invalidCharacters(String field) {
    return DomainException.invalidField(field, INVALID_CHARACTERS);
  }
}
