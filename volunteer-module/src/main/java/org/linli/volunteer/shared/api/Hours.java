package org.linli.volunteer.shared.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes as the API's hours: a decimal with two places ("1.50"), rounded half up. */
public final class Hours {
  private Hours() {}

  public static String text(long minutes) {
    return decimal(minutes).toPlainString();
  }

  public static BigDecimal decimal(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
