package org.linli.integration.throttle.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.integration.support.ScratchDatabase;
import org.linli.integration.throttle.domain.GatewayRate;

/**
 * The agreed rate holds for two nodes together: the production admission statement ({@link
 * RateSlotStore#ADMIT}) run on two connections at once, as the application's role under row level
 * security, against a real PostgreSQL with the integration migrations (V1, V3, V4). The database
 * and roles are created for the test and dropped after it (LINLI_TEST_DB_HOST/PORT, default
 * 127.0.0.1:5432, superuser LINLI_PG_SUPERUSER, default postgres).
 */
class GatewayRateOneDatabaseTest {
  static ScratchDatabase db;

  @BeforeAll
  static void createDatabase() throws Exception {
    db = ScratchDatabase.create("linli_rates");
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    db.drop();
  }

  /** One admission on {@code c} for the tenant: the slot's start, or null when refused. */
  static Instant admit(
      Connection c, String tenant, String gateway, Duration spacing, Duration ahead)
      throws SQLException {
    try (PreparedStatement bind =
        c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      bind.setString(1, tenant);
      bind.execute();
    }
    Matcher m = Pattern.compile("\\?(\\d)").matcher(RateSlotStore.ADMIT);
    List<Integer> order = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    while (m.find()) {
      order.add(Integer.parseInt(m.group(1)));
      m.appendReplacement(sql, "?");
    }
    m.appendTail(sql);
    Object[] values = {null, tenant, gateway, spacing.toNanos() / 1e9, ahead.toNanos() / 1e9};
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < order.size(); i++) {
        s.setObject(i + 1, values[order.get(i)]);
      }
      try (ResultSet r = s.executeQuery()) {
        Instant slot = r.next() ? r.getTimestamp(1).toInstant() : null;
        c.commit();
        return slot;
      }
    }
  }

  @Test
  void twoNodesReservingAtOnceGetSlotsOneIntervalApartNeverCloser() throws Exception {
    GatewayRate rate = GatewayRate.perMinute(1200); // 50 ms apart
    int perNode = 15;
    List<Instant> slots = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> nodes = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        nodes.add(
            pool.submit(
                () -> {
                  try (Connection c = db.app()) {
                    c.setAutoCommit(false);
                    start.await(30, TimeUnit.SECONDS);
                    for (int i = 0; i < perNode; i++) {
                      // A long wait allowed: every request gets a slot, none is refused.
                      Instant slot =
                          admit(c, "org-a", "elderly-care", rate.interval(), Duration.ofMinutes(1));
                      assertTrue(slot != null, "refused although a minute ahead was allowed");
                      slots.add(slot);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : nodes) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<Instant> sorted = new ArrayList<>(slots);
    Collections.sort(sorted);
    assertEquals(2 * perNode, sorted.size());
    for (int i = 1; i < sorted.size(); i++) {
      Duration gap = Duration.between(sorted.get(i - 1), sorted.get(i));
      // Microsecond rounding of timestamptz at most.
      assertTrue(
          gap.compareTo(rate.interval().minusNanos(2_000)) >= 0,
          "slots " + (i - 1) + " and " + i + " only " + gap + " apart");
    }
    Duration span = Duration.between(sorted.get(0), sorted.get(sorted.size() - 1));
    Duration least = rate.interval().multipliedBy(sorted.size() - 1).minusNanos(60_000);
    assertTrue(span.compareTo(least) >= 0, "N slots span at least (N-1)/r: " + span);
  }

  @Test
  void aBurstBeyondTheRateIsRefusedUntilTheScheduleHasRoomAndOtherTenantsAreNotSlowed()
      throws Exception {
    GatewayRate rate = new GatewayRate(60, 5); // one a second, five at once
    AtomicInteger admitted = new AtomicInteger();
    List<Instant> refusedUntil = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Instant began = Instant.now();
    try {
      List<Future<?>> nodes = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        nodes.add(
            pool.submit(
                () -> {
                  try (Connection c = db.app()) {
                    c.setAutoCommit(false);
                    start.await(30, TimeUnit.SECONDS);
                    for (int i = 0; i < 6; i++) {
                      if (admit(
                              c,
                              "org-b",
                              "province-gateway",
                              rate.interval(),
                              rate.burstTolerance())
                          != null) {
                        admitted.incrementAndGet();
                      } else {
                        refusedUntil.add(retryAt(c, "org-b", rate.burstTolerance()));
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : nodes) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Duration took = Duration.between(began, Instant.now());
    // The burst, plus at most what the rate refilled while the 12 requests ran.
    long refill = took.toMillis() / 1000 + 1;
    assertTrue(admitted.get() >= 5, "the whole burst is admitted: " + admitted);
    assertTrue(
        admitted.get() <= 5 + refill, admitted + " admitted of 12 in " + took + " (both nodes)");
    assertEquals(12 - admitted.get(), refusedUntil.size());
    for (Instant until : refusedUntil) {
      assertTrue(until.isAfter(began), "refused until a time to come: " + until);
    }
    try (Connection c = db.app()) {
      c.setAutoCommit(false);
      assertTrue(
          admit(c, "org-c", "province-gateway", rate.interval(), rate.burstTolerance()) != null,
          "another tenant's rate is its own");
    }
  }

  private static Instant retryAt(Connection c, String tenant, Duration tolerance)
      throws SQLException {
    try (PreparedStatement bind =
            c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT tat - make_interval(secs => ?) FROM integration_rate_slot"
                    + " WHERE gateway = 'province-gateway'")) {
      bind.setString(1, tenant);
      bind.execute();
      s.setDouble(1, tolerance.toNanos() / 1e9);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "the tenant's row is visible to it");
        Instant at = r.getTimestamp(1).toInstant();
        c.commit();
        return at;
      }
    }
  }
}
