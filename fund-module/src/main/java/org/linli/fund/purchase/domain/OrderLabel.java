package org.linli.fund.purchase.domain;

/**
 * What a person reads in an order list instead of codes: the item's name (as the version in force
 * on the service date lists it) and the resident's name masked to the surname ("王奶奶" -> "王**").
 */
public record OrderLabel(String itemName, String residentNameMasked) {

  public static OrderLabel of(String itemName, String residentName) {
    return new OrderLabel(itemName, mask(residentName));
  }

  /** The first character kept, each further one starred; null and blank stay as they are. */
  public static String mask(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    String n = name.strip();
    int first = n.offsetByCodePoints(0, 1);
    return n.substring(0, first) + "*".repeat(Math.max(1, n.codePointCount(first, n.length())));
  }
}
