package org.linli.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row count and content digest of every table of the test database, read as the PostgreSQL
 * superuser (which row level security does not filter), to prove a request wrote nothing.
 */
public final class DatabaseSnapshot {
  private DatabaseSnapshot() {}

  /** Table name → "count:md5 of all rows"; rows of a table are filtered by {@code rowFilter}. */
  public static Map<String, String> take(Map<String, String> rowFilters) {
    Map<String, String> digests = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables"
                  + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        String where = rowFilters.getOrDefault(table, "true");
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                    + " FROM "
                    + table
                    + " t WHERE "
                    + where)) {
          r.next();
          digests.put(table, r.getLong(1) + ":" + r.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot snapshot the test database", e);
    }
    return digests;
  }

  /** The tables whose rows differ between two snapshots. */
  public static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    for (String table : after.keySet()) {
      if (!after.get(table).equals(before.get(table))) {
        changed.add(table + " " + before.get(table) + " -> " + after.get(table));
      }
    }
    return changed;
  }
}
