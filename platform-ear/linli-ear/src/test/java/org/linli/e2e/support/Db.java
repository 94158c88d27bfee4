package org.linli.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Read-only checks straight in the test database, to prove a refused request wrote nothing. */
public final class Db {
  private Db() {}

  /** Rows in {@code table} across every tenant (the superuser is not bound by row security). */
  public static long count(String table) {
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The test's clock: moves a service order's recorded check-in back by {@code minutes} on every
   * copy, so a visit can last longer than the test takes (no sleeping). Only for building a past.
   */
  public static void checkInMinutesAgo(String orderId, int minutes) {
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        var st =
            c.prepareStatement(
                "UPDATE purchase_order SET check_in_at = now() - make_interval(mins => ?)"
                    + " WHERE id = ?")) {
      st.setInt(1, minutes);
      st.setString(2, orderId);
      if (st.executeUpdate() == 0) {
        throw new IllegalStateException("no order " + orderId);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The test's clock for amendments: moves a contract version's start on both copies, e.g. into the
   * past to see what happens when an acceptance comes too late.
   */
  public static void moveVersionStart(String contractId, int version, java.time.LocalDate start) {
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        var st =
            c.prepareStatement(
                "UPDATE purchase_contract_version SET effective_from = ?"
                    + " WHERE contract_id = ? AND version = ?")) {
      st.setObject(1, start);
      st.setString(2, contractId);
      st.setInt(3, version);
      if (st.executeUpdate() != 2) {
        throw new IllegalStateException("not two copies of " + contractId + " v" + version);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
