package org.linli.integration.outbox.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The two platform-wide questions, answered by narrow database functions that reveal only tenant
 * ids and counts: which tenants have events due, and the totals for /health.
 */
@ApplicationScoped
public class PlatformOutbox {
  @Resource(lookup = "jdbc/linli")
  DataSource dataSource;

  public record Totals(long pending, long openDeadLetters) {}

  public List<String> dueTenants(int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT tenant_id FROM integration_due_tenants(?)")) {
      s.setInt(1, limit);
      List<String> tenants = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          tenants.add(r.getString(1));
        }
      }
      return tenants;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox's due tenants", e);
    }
  }

  public Totals totals() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT * FROM integration_totals()");
        ResultSet r = s.executeQuery()) {
      r.next();
      return new Totals(r.getLong(1), r.getLong(2));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox totals", e);
    }
  }

  /** Platform-wide counts of one flow (all tenants; counts and ages only). */
  public record FlowTotals(
      String flow,
      long pending,
      long sent,
      long openDeadLetters,
      java.time.Instant oldestPendingAt) {}

  public List<FlowTotals> flowTotals() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT * FROM integration_flow_totals()");
        ResultSet r = s.executeQuery()) {
      List<FlowTotals> totals = new ArrayList<>();
      while (r.next()) {
        java.sql.Timestamp oldest = r.getTimestamp(5);
        totals.add(
            new FlowTotals(
                r.getString(1),
                r.getLong(2),
                r.getLong(3),
                r.getLong(4),
                oldest == null ? null : oldest.toInstant()));
      }
      return totals;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox totals per flow", e);
    }
  }
}
