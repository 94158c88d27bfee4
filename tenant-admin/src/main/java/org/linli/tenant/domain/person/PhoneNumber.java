package org.linli.tenant.domain.person;

import java.util.regex.Pattern;
import org.linli.kernel.error.DomainException;

/**
 * A mainland China mobile number, stored as its 11 national digits.
 *
 * <p>The constructor accepts a +86 / 0086 / 86 prefix and spaces (including full-width) or dashes,
 * and normalizes them away. {@link #toString()} is masked so the number never reaches logs.
 */
public record PhoneNumber(String value) {
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000-]");
  private static final String FIELD = "phone";
  private static final String CODE = "INVALID_PHONE";

  public PhoneNumber {
    if (value == null || value.isBlank()) {
      throw invalid("INVALID_PHONE.REQUIRED");
    }
    value = stripCountryCode(SEPARATORS.matcher(value).replaceAll(""));
    if (!MOBILE.matcher(value).matches()) {
      throw invalid("INVALID_PHONE.FORMAT");
    }
  }

  public static PhoneNumber parse(String raw) {
    return new PhoneNumber(raw);
  }

  /** First 3 and last 4 digits, e.g. {@code 138****5678}. */
  public String masked() {
    return value.substring(0, 3) + "****" + value.substring(7);
  }

  @Override
  public String toString() {
    return masked();
  }

  // A bare "86" is only a prefix when 11 digits follow: national numbers themselves start with 1.
  private static String stripCountryCode(String digits) {
    if (digits.startsWith("+86")) {
      return digits.substring(3);
    }
    if (digits.startsWith("0086")) {
      return digits.substring(4);
    }
    if (digits.startsWith("86") && digits.length() == 13) {
      return digits.substring(2);
    }
    return digits;
  }

  /** One code, several explanations: {@code INVALID_PHONE.<REASON>} in the bundles. */
  private static DomainException invalid(String key) {
    return DomainException.invalidField(FIELD, CODE).withMessage(key);
  }
}
