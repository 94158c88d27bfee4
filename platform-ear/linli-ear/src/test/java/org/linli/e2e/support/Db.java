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
}
