package org.linli.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Contract-settlement events put straight into an organization's outbox (as the superuser, not
 * bound by row security), as an accepted settlement would leave them; for tests that need many
 * events at one moment. The relay then sends them like any other.
 */
public final class OutboxSeed {
  private OutboxSeed() {}

  /**
   * {@code aggregates} × {@code perAggregate} events, not yet due (a year ahead); returns their
   * ids.
   */
  public static List<String> settlements(String tenant, int aggregates, int perAggregate) {
    List<String> ids = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO integration_outbox (tenant_id, id, flow, aggregate_id, payload,"
                    + " status, attempts, next_attempt_at, created_at) VALUES (?, ?,"
                    + " 'CONTRACT_SETTLEMENT', ?, ?, 'PENDING', 0, now() + interval '1 year',"
                    + " now())")) {
      for (int n = 0; n < perAggregate; n++) {
        for (int a = 0; a < aggregates; a++) {
          String id = UUID.randomUUID().toString();
          String contract = "seed-contract-" + a;
          s.setString(1, tenant);
          s.setString(2, id);
          s.setString(3, contract);
          s.setString(
              4,
              "{\"settlementId\":\"seed-"
                  + id
                  + "\",\"contractId\":\""
                  + contract
                  + "\",\"month\":\"2026-11\",\"orderCount\":1,\"amountDue\":\"15.00\"}");
          s.addBatch();
          ids.add(id);
        }
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  /** Makes every pending event of the tenant due now, in one statement. */
  public static int release(String tenant) {
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE integration_outbox SET next_attempt_at = now()"
                    + " WHERE tenant_id = ? AND status = 'PENDING'")) {
      s.setString(1, tenant);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** status, attempts and sent_by of each of the tenant's events: [id, status, attempts, by]. */
  public static List<String[]> events(String tenant) {
    List<String[]> rows = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, status, attempts, sent_by FROM integration_outbox WHERE tenant_id = ?")) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new String[] {
                r.getString(1), r.getString(2), Integer.toString(r.getInt(3)), r.getString(4)
              });
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
  }
}
