package org.linli.integration.outbox.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * Two relays on one database never deliver an event twice: the relay's own claim and mark SQL
 * ({@link OutboxStore#CLAIM_DUE}, {@link OutboxStore#MARK_ALL_SENT}) run by two relays on two
 * connections at once, as the application's (non-owner) role under row level security, one tenant
 * per transaction, against a real PostgreSQL with the integration migrations (V1, V3, V4). The
 * database and roles are created for the test and dropped after it (LINLI_TEST_DB_HOST/PORT,
 * default 127.0.0.1:5432, superuser LINLI_PG_SUPERUSER, default postgres).
 */
class TwoRelaysOneDatabaseTest {
  static ScratchDatabase db;
  static final List<String> TENANTS = List.of("org-a", "org-b");

  @BeforeAll
  static void createDatabase() throws Exception {
    db = ScratchDatabase.create("linli_relays");
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    db.drop();
  }

  @Test
  void twoRelaysDeliverEveryEventExactlyOnceAndEachAggregateInOrder() throws Exception {
    int aggregates = 30;
    int perAggregate = 10;
    Map<String, List<String>> expectedOrder = new ConcurrentHashMap<>();
    for (String tenant : TENANTS) {
      try (Connection c = db.app()) {
        c.setAutoCommit(false);
        bind(c, tenant);
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO integration_outbox (tenant_id, id, flow, aggregate_id, payload,"
                    + " status, attempts, next_attempt_at, created_at) VALUES (?, ?,"
                    + " 'CONTRACT_SETTLEMENT', ?, '{}', 'PENDING', 0, now(), now())")) {
          for (int n = 0; n < perAggregate; n++) {
            for (int a = 0; a < aggregates; a++) {
              String aggregate = tenant + "/agg-" + a;
              String id = UUID.randomUUID().toString();
              insert.setString(1, tenant);
              insert.setString(2, id);
              insert.setString(3, aggregate);
              insert.addBatch();
              expectedOrder.computeIfAbsent(aggregate, k -> new ArrayList<>()).add(id);
            }
          }
          insert.executeBatch();
        }
        c.commit();
      }
    }
    int total = TENANTS.size() * aggregates * perAggregate;

    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Map<String, List<String>> deliveredOrder = new ConcurrentHashMap<>();
    Map<String, String> claimedBy = new ConcurrentHashMap<>();
    // Both relays hold their first claim at the same moment: the claims must be disjoint.
    CyclicBarrier bothHoldClaims = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> relays = new ArrayList<>();
      for (String name : List.of("relay-1", "relay-2")) {
        relays.add(
            pool.submit(() -> relay(name, bothHoldClaims, deliveries, deliveredOrder, claimedBy)));
      }
      int delivered = 0;
      List<Integer> perRelay = new ArrayList<>();
      for (Future<Integer> f : relays) {
        int n = f.get(120, TimeUnit.SECONDS);
        perRelay.add(n);
        delivered += n;
      }
      assertEquals(total, delivered, "every event delivered once in all");
      assertEquals(total, deliveries.size(), "every event reached the receiver");
      deliveries.forEach((id, n) -> assertEquals(1, n.get(), "delivered twice: " + id));
      assertTrue(perRelay.get(0) > 0 && perRelay.get(1) > 0, "both relays worked: " + perRelay);
      expectedOrder.forEach(
          (aggregate, ids) ->
              assertEquals(ids, deliveredOrder.get(aggregate), "order of " + aggregate));
      try (Connection c = db.app()) {
        c.setAutoCommit(false);
        for (String tenant : TENANTS) {
          bind(c, tenant);
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT count(*) FILTER (WHERE status = 'SENT'), count(*) FILTER (WHERE"
                          + " attempts <> 1) FROM integration_outbox")) {
            r.next();
            assertEquals(aggregates * perAggregate, r.getInt(1), "all sent in " + tenant);
            assertEquals(0, r.getInt(2), "one attempt each in " + tenant);
          }
          c.commit();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** One relay: per tenant, claim → deliver → mark sent → commit, until nothing is due. */
  private static int relay(
      String name,
      CyclicBarrier bothHoldClaims,
      Map<String, AtomicInteger> deliveries,
      Map<String, List<String>> deliveredOrder,
      Map<String, String> claimedBy)
      throws Exception {
    int delivered = 0;
    boolean first = true;
    try (Connection c = db.app()) {
      c.setAutoCommit(false);
      boolean moved = true;
      while (moved) {
        moved = false;
        for (String tenant : TENANTS) {
          bind(c, tenant);
          List<String[]> claimed = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(jdbc(OutboxStore.CLAIM_DUE).sql())) {
            s.setInt(1, 20);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                claimed.add(new String[] {r.getString(1), r.getString(3)});
              }
            }
          }
          if (first) {
            first = false;
            assertTrue(!claimed.isEmpty(), name + " claimed nothing in the first round");
            for (String[] e : claimed) {
              String other = claimedBy.putIfAbsent(e[0], name);
              assertTrue(other == null, e[0] + " claimed by " + other + " and " + name);
            }
            bothHoldClaims.await(30, TimeUnit.SECONDS);
          }
          Map<String, Instant> sent = new LinkedHashMap<>();
          for (String[] e : claimed) {
            // The receiver: counts every delivery of an event id, records the aggregate's order.
            deliveries.computeIfAbsent(e[0], k -> new AtomicInteger()).incrementAndGet();
            deliveredOrder
                .computeIfAbsent(e[1], k -> Collections.synchronizedList(new ArrayList<>()))
                .add(e[0]);
            sent.put(e[0], Instant.now());
            delivered++;
          }
          if (!sent.isEmpty()) {
            // The relay marks what it delivered in one statement before the commit.
            Jdbc mark = jdbc(OutboxStore.MARK_ALL_SENT);
            try (PreparedStatement s = c.prepareStatement(mark.sql())) {
              mark.bind(s, Map.of(1, OutboxStore.sentJson(sent), 2, name));
              assertEquals(sent.size(), s.executeUpdate(), "every claimed event marked once");
            }
          }
          c.commit();
          moved |= !claimed.isEmpty();
        }
        if (!moved) {
          // Nothing claimable now; the other relay may still hold rows: look again until all sent.
          moved = pendingLeft(c);
        }
      }
    }
    return delivered;
  }

  private static boolean pendingLeft(Connection c) throws SQLException {
    boolean left = false;
    for (String tenant : TENANTS) {
      bind(c, tenant);
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("SELECT count(*) FROM integration_outbox WHERE status = 'PENDING'")) {
        r.next();
        left |= r.getLong(1) > 0;
      }
      c.commit();
    }
    return left;
  }

  private static void bind(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      s.setString(1, tenant);
      s.execute();
    }
  }

  /** JPA-style positional parameters (?1, ?2 ...) as JDBC ones, with their order. */
  record Jdbc(String sql, List<Integer> order) {
    void bind(PreparedStatement s, Map<Integer, Object> values) throws SQLException {
      for (int i = 0; i < order.size(); i++) {
        s.setObject(i + 1, values.get(order.get(i)));
      }
    }
  }

  static Jdbc jdbc(String jpa) {
    Matcher m = Pattern.compile("\\?(\\d+)").matcher(jpa);
    List<Integer> order = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    while (m.find()) {
      order.add(Integer.parseInt(m.group(1)));
      m.appendReplacement(sql, "?");
    }
    m.appendTail(sql);
    return new Jdbc(sql.toString(), order);
  }
}
