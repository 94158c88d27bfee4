package org.linli.fund.donation.application;

import java.util.regex.Pattern;

/**
 * What a public page may show of people: a name's first character only, and no long digit runs (ID,
 * phone or bank numbers) in free text such as a voucher summary.
 */
public final class Anonymize {
  private static final Pattern LONG_DIGITS = Pattern.compile("[0-9Xx]{6,}");

  private Anonymize() {}

  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String n = name.strip();
    int first = n.offsetByCodePoints(0, 1);
    return n.substring(0, first) + "*".repeat(Math.max(1, n.codePointCount(first, n.length())));
  }

  public static String text(String text) {
    return text == null ? null : LONG_DIGITS.matcher(text).replaceAll("******");
  }
}
