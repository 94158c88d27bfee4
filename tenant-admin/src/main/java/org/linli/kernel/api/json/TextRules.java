package org.linli.kernel.api.json;

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

  public static boolean isClean(String text) {
    return firstInvalid(text) < 0;
  }

  public static DomainException invalidCharacters(String field) {
    return DomainException.invalidField(
        field,
        INVALID_CHARACTERS,
        "含有不允许的字符（控制字符、不成对的代理项或无效的UTF-8） (holds characters that are not allowed:"
            + " control characters other than tab and newline, unpaired surrogates or invalid"
            + " UTF-8)");
  }
}
