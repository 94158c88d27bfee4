package org.linli.kernel.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages problems are answered in, negotiated from {@code Accept-Language} (RFC 9110
 * q-values): the highest-weighted range we speak wins, {@code *} and anything we do not speak mean
 * the default, Simplified Chinese.
 */
public final class Languages {
  public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
  public static final Locale EN = Locale.ENGLISH;
  public static final Locale DEFAULT = ZH_CN;
  public static final List<Locale> SUPPORTED = List.of(ZH_CN, EN);

  private Languages() {}

  public static Locale negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return DEFAULT;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return DEFAULT;
    }
    // parse() returns the ranges ordered by weight, highest first (stable for equal weights).
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        continue;
      }
      String primary = range.getRange().split("-", 2)[0];
      if (primary.equals("zh") || primary.equals("*")) {
        return ZH_CN;
      }
      if (primary.equals("en")) {
        return EN;
      }
    }
    return DEFAULT;
  }

  /** The {@code Content-Language} value for a negotiated locale. */
  public static String tag(Locale locale) {
    return EN.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
  }

  public static boolean isEnglish(Locale locale) {
    return EN.getLanguage().equals(locale.getLanguage());
  }
}
