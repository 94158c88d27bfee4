package org.linli.tenant.infrastructure.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DailyTenantJobSchedulerTest {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Test
  void theNextRunIsTodayWhenTheTimeIsAheadElseTomorrow() {
    ZonedDateTime now = ZonedDateTime.of(2026, 3, 1, 0, 10, 0, 0, CHINA);
    assertEquals(
        Duration.ofMinutes(20), DailyTenantJobScheduler.delayUntil(now, LocalTime.of(0, 30)));
    assertEquals(
        Duration.ofHours(24).minusMinutes(10),
        DailyTenantJobScheduler.delayUntil(now, LocalTime.of(0, 0)));
  }
}
