package org.linli.e2e.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid, unique identity data for test people and organizations, computed here independently of the
 * production validators (GB 11643 and GB 32100 check characters).
 */
public final class Ids {
  private static final AtomicInteger SEQ =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 20_000));
  private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private Ids() {}

  /** A 居民身份证 number of an adult born in 1960–2000. */
  public static String residentId() {
    int n = SEQ.incrementAndGet();
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 14_000);
    String first17 =
        "320106" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  /**
   * A 居民身份证 number of someone born in {@code year} (e.g. 1950 for a 60+ time bank requester); the
   * day and sequence vary so numbers stay unique.
   */
  public static String residentIdBornIn(int year) {
    return residentIdBornOn(LocalDate.of(year, 1, 1).plusDays(SEQ.get() % 360));
  }

  /**
   * A 居民身份证 number of someone born on {@code birth} (unique within the run; area 320102, so it
   * never collides with {@link #residentId}).
   */
  public static String residentIdBornOn(LocalDate birth) {
    String first17 =
        "320102"
            + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", SEQ.incrementAndGet() % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  /** A 统一社会信用代码 of a social organization (5) of the given category (1, 2 or 3). */
  public static String creditCode(char category) {
    StringBuilder code = new StringBuilder("5").append(category).append("320106");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      code.append(USCC_CHARS.charAt(random.nextInt(10)));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_CHARS.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
    }
    return code.append(USCC_CHARS.charAt((31 - sum % 31) % 31)).toString();
  }

  public static String phone() {
    return "139" + String.format("%08d", SEQ.incrementAndGet());
  }

  public static String suffix() {
    return Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 24), 36);
  }
}
