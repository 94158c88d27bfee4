package org.linli.tenant.domain.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.linli.kernel.error.DomainException;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence and a mod-11 check
 * character (0-9 or X).
 *
 * <p>The constructor normalizes (strips spaces, 'x' to 'X') and validates, so every instance is
 * valid. This is sensitive personal information: {@link #toString()} is masked and error details
 * never echo the input.
 */
public record ResidentIdNumber(String value) {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CODES = "10X98765432";
  private static final int LENGTH = 18;
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  // STRICT with 'uuuu' rejects dates such as 19990230 instead of clamping them to Feb 28.
  private static final DateTimeFormatter BIRTH =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  // Numbers are issued in China: judge "future" on Beijing time, not the server's zone.
  private static final ZoneId ISSUING_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String FIELD = "idNumber";
  private static final String CODE = "INVALID_ID_NUMBER";

  public ResidentIdNumber {
    if (value == null || value.isBlank()) {
      throw invalid("INVALID_ID_NUMBER.REQUIRED");
    }
    value = value.strip().replace('x', 'X');
    if (value.length() != LENGTH) {
      throw invalid("INVALID_ID_NUMBER.LENGTH");
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (!isDigit(value.charAt(i))) {
        throw invalid("INVALID_ID_NUMBER.DIGITS");
      }
    }
    char last = value.charAt(LENGTH - 1);
    if (!isDigit(last) && last != 'X') {
      throw invalid("INVALID_ID_NUMBER.LAST_CHARACTER");
    }
    if (last != checkChar(value)) {
      throw invalid("INVALID_ID_NUMBER.CHECK_DIGIT");
    }
    LocalDate birth = birthDateOf(value);
    if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now(ISSUING_ZONE))) {
      throw invalid("INVALID_ID_NUMBER.BIRTH_DATE_RANGE");
    }
  }

  /** Parses user input; a lower-case 'x' and surrounding spaces are accepted. */
  public static ResidentIdNumber parse(String raw) {
    return new ResidentIdNumber(raw);
  }

  /**
   * Appends the check character to 17 digits, for building valid numbers in tests and demo data.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 digits
   */
  public static String withCheckDigit(String first17) {
    if (first17 == null
        || first17.length() != LENGTH - 1
        || !first17.chars().allMatch(c -> isDigit((char) c))) {
      throw new IllegalArgumentException("expected 17 digits");
    }
    return first17 + checkChar(first17);
  }

  public LocalDate birthDate() {
    return birthDateOf(value);
  }

  public Gender gender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  /** 行政区划代码 at issue time (first 6 digits); it may have been retired since. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /** First 3 and last 4 characters, e.g. {@code 110***********123X}. */
  public String masked() {
    return value.substring(0, 3) + "*".repeat(LENGTH - 7) + value.substring(LENGTH - 4);
  }

  /** Masked so the number never reaches logs; use {@link #value()} deliberately. */
  @Override
  public String toString() {
    return masked();
  }

  private static LocalDate birthDateOf(String number) {
    try {
      return LocalDate.parse(number.substring(6, 14), BIRTH);
    } catch (DateTimeException e) {
      throw invalid("INVALID_ID_NUMBER.BIRTH_DATE");
    }
  }

  /** Assumes the first 17 characters are digits. */
  private static char checkChar(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CODES.charAt(sum % 11);
  }

  // Character.isDigit would also accept full-width and other Unicode digits.
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** One code, several explanations: {@code INVALID_ID_NUMBER.<REASON>} in the bundles. */
  private static DomainException invalid(String key) {
    return DomainException.invalidField(FIELD, CODE).withMessage(key);
  }
}
