package org.linli.kernel.i18n;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Old-style details written as {@code "中文说明 (English text)"}, possibly followed by a shared tail:
 * the part for the asked language. Only used for codes not (yet) in a bundle.
 */
public final class LegacyText {
  private static final Pattern BILINGUAL =
      Pattern.compile("^(.*?\\p{IsHan}[^(（]*?)\\s*[(（]([^()（）]*\\p{Alpha}[^()（）]*)[)）](.*)$");
  private static final Pattern SLASHED = Pattern.compile("^(.*\\p{IsHan}[^/]*?)\\s+/\\s+(.*)$");

  private LegacyText() {}

  public static String pick(String text, Locale locale) {
    if (text == null) {
      return null;
    }
    boolean english = Languages.isEnglish(locale);
    Matcher m = BILINGUAL.matcher(text);
    if (m.matches() && !m.group(2).codePoints().anyMatch(LegacyText::isHan)) {
      String tail = m.group(3);
      return (english ? m.group(2) : m.group(1).strip()) + tail;
    }
    Matcher s = SLASHED.matcher(text);
    if (s.matches()) {
      return english ? s.group(2) : s.group(1).strip();
    }
    return text;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
