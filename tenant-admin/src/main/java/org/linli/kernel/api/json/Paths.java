package org.linli.kernel.api.json;

/** Field paths as field errors name them: {@code shifts[2].startsAt}; the whole body is "$". */
final class Paths {
  static final String ROOT = "$";
  private static final int MAX_KEY_SHOWN = 100;

  private Paths() {}

  static String field(String parent, String key) {
    String shown = key.length() > MAX_KEY_SHOWN ? key.substring(0, MAX_KEY_SHOWN) + "…" : key;
    return ROOT.equals(parent) ? shown : parent + "." + shown;
  }

  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
