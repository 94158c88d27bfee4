package org.linli.kernel.time;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business dates are China's (UTC+8) whatever the server's zone: a deposit at 07:00 Beijing time
 * belongs to that day, not to the previous UTC day.
 */
public final class ChinaTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaTime() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
