package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.TestEnv;

/**
 * Ready to shard by tenant (docs/decisions/0017-sharding-by-tenant.md): the schema the platform's
 * migrations built must be distributable on Citus with every tenant table distributed by {@code
 * tenant_id}, co-located, and the platform-wide tables as reference tables. Read from the catalog
 * of the test database after the migrations ran (Liberty migrated it at start-up), so a table added
 * by any module is checked the day it is added.
 *
 * <p>A table is a <em>tenant table</em> when it has a {@code tenant_id} column. Every other table
 * must be named in {@link #REFERENCE_TABLES}, the one list of platform-wide tables. A violation
 * that cannot be fixed yet goes into {@link #ALLOWED_VIOLATIONS} with its reason; an entry that no
 * longer matches anything fails the test too, so the list only shrinks.
 */
class ShardReadinessIT {

  /**
   * The platform-wide tables: Citus reference tables (a full copy on every node). Tenant tables may
   * point at them; they may never point at a tenant table. Adding a table here is a design
   * decision: say why it is not per tenant.
   */
  static final Map<String, String> REFERENCE_TABLES =
      Map.of(
          "organization", "the tenants themselves: every tenant table points at its row",
          "person", "one identity across organizations (a volunteer serves several of them)",
          "working_calendar_year", "the State Council's working-day calendar, the same for all",
          "working_calendar_day", "the days of that calendar");

  /** Tables that belong to the migration tool, not to the domain (one per module). */
  static boolean isBookkeeping(String table) {
    return table.startsWith("flyway_history_");
  }

  /**
   * Known violations not fixed yet, each with its reason: key = the text of the violation line
   * (without the reason). Empty: every violation found when the test was written was fixed or did
   * not exist. Do not add to it to make a new table pass; change the table.
   */
  static final Map<String, String> ALLOWED_VIOLATIONS = Map.of();

  @Test
  void theMigratedSchemaIsReadyToBeShardedByTenant() throws SQLException {
    List<String> found;
    try (Connection c = superuser()) {
      assertTrue(
          !tablesOf(c, "public").isEmpty() && hasMigrationHistory(c),
          "the test database has no migrated schema: did Liberty start?");
      found = violations(c, "public", REFERENCE_TABLES);
    }
    List<String> unexpected = new ArrayList<>();
    for (String v : found) {
      if (!ALLOWED_VIOLATIONS.containsKey(v)) {
        unexpected.add(v);
      }
    }
    List<String> stale = new ArrayList<>();
    for (String allowed : new TreeSet<>(ALLOWED_VIOLATIONS.keySet())) {
      if (!found.contains(allowed)) {
        stale.add(allowed);
      }
    }
    StringBuilder report = new StringBuilder();
    if (!unexpected.isEmpty()) {
      report
          .append(unexpected.size())
          .append(
              " violation(s) of the sharding rules (docs/decisions/0017-sharding-by-tenant.md):")
          .append(System.lineSeparator());
      unexpected.forEach(v -> report.append("  - ").append(v).append(System.lineSeparator()));
    }
    if (!stale.isEmpty()) {
      report
          .append("allow-listed violation(s) that no longer occur (remove them from")
          .append(" ShardReadinessIT.ALLOWED_VIOLATIONS):")
          .append(System.lineSeparator());
      stale.forEach(v -> report.append("  - ").append(v).append(System.lineSeparator()));
    }
    if (!report.isEmpty()) {
      System.err.println(report);
      fail(report.toString());
    }
  }

  /**
   * The check itself is checked: a throw-away schema with one table of each kind of mistake (and
   * one correct pair), inside a transaction that is rolled back. Every mistake must be reported,
   * the correct tables not at all.
   */
  @Test
  void everyKindOfViolationIsReported() throws SQLException {
    try (Connection c = superuser()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA shard_probe");
        s.execute("SET LOCAL search_path = shard_probe");
        s.execute("CREATE TABLE org (id text PRIMARY KEY)");
        s.execute("CREATE TABLE loose (id text PRIMARY KEY)");
        s.execute(
            "CREATE TABLE good_parent (tenant_id text NOT NULL REFERENCES org(id), id text,"
                + " code text, PRIMARY KEY (tenant_id, id), UNIQUE (tenant_id, code))");
        s.execute(
            "CREATE TABLE good_child (tenant_id text NOT NULL, id text, parent_id text,"
                + " PRIMARY KEY (tenant_id, id),"
                + " FOREIGN KEY (tenant_id, parent_id) REFERENCES good_parent (tenant_id, id))");
        s.execute(
            "CREATE TABLE bad_keys (tenant_id text NOT NULL, id text PRIMARY KEY, code text"
                + " UNIQUE, other text)");
        s.execute("CREATE UNIQUE INDEX bad_keys_other ON bad_keys (lower(other))");
        s.execute(
            "CREATE TABLE bad_fk (tenant_id text NOT NULL, id text, parent_id text,"
                + " other_tenant text, PRIMARY KEY (tenant_id, id),"
                + " CONSTRAINT bad_fk_parent FOREIGN KEY (parent_id) REFERENCES bad_keys (id),"
                + " CONSTRAINT bad_fk_crossed FOREIGN KEY (other_tenant, parent_id)"
                + " REFERENCES good_parent (tenant_id, id),"
                // fine, not reported: a tenant table pointing at a listed reference table
                + " CONSTRAINT bad_fk_loose FOREIGN KEY (parent_id) REFERENCES loose (id))");
        s.execute("CREATE TABLE bad_type (tenant_id varchar(20), id text, UNIQUE (tenant_id, id))");
        s.execute(
            "ALTER TABLE org ADD COLUMN favourite text, ADD COLUMN favourite_tenant text,"
                + " ADD CONSTRAINT org_points_down FOREIGN KEY (favourite_tenant, favourite)"
                + " REFERENCES good_parent (tenant_id, id)");
        s.execute("CREATE TABLE unlisted (id text PRIMARY KEY)");
      }
      List<String> found =
          violations(c, "shard_probe", Map.of("org", "probe", "loose", "probe", "gone", "probe"));
      c.rollback();
      Set<String> expected =
          new TreeSet<>(
              List.of(
                  "bad_keys: primary key or unique index bad_keys_pkey (id) does not include"
                      + " tenant_id",
                  "bad_keys: primary key or unique index bad_keys_code_key (code) does not include"
                      + " tenant_id",
                  "bad_keys: primary key or unique index bad_keys_other (lower(other)) does not"
                      + " include tenant_id",
                  "bad_fk: foreign key bad_fk_parent FOREIGN KEY (parent_id) REFERENCES"
                      + " bad_keys(id) between tenant tables does not match tenant_id to tenant_id",
                  "bad_fk: foreign key bad_fk_crossed FOREIGN KEY (other_tenant, parent_id)"
                      + " REFERENCES good_parent(tenant_id, id) between tenant tables does not"
                      + " match tenant_id to tenant_id",
                  "bad_type: tenant_id is character varying(20) NULL, must be text NOT NULL (the"
                      + " type of organization.id, for co-location)",
                  "org: reference table has foreign key org_points_down to tenant table"
                      + " good_parent (a reference table cannot point into a distributed table)",
                  "unlisted: neither a tenant table (no tenant_id) nor in the list of reference"
                      + " tables",
                  "gone: listed as a reference table but does not exist"));
      assertEquals(expected, new TreeSet<>(found));
    }
  }

  // --- the rules ------------------------------------------------------------------------------

  static List<String> violations(Connection c, String schema, Map<String, String> referenceTables)
      throws SQLException {
    List<String> out = new ArrayList<>();
    Map<String, Boolean> tables = tablesOf(c, schema); // name -> has tenant_id
    Set<String> tenantTables = new TreeSet<>();
    tables.forEach(
        (t, hasTenant) -> {
          if (hasTenant) {
            tenantTables.add(t);
          }
        });

    // 1. Every table is classified.
    for (var e : tables.entrySet()) {
      String t = e.getKey();
      if (!e.getValue() && !referenceTables.containsKey(t) && !isBookkeeping(t)) {
        out.add(t + ": neither a tenant table (no tenant_id) nor in the list of reference tables");
      }
      if (e.getValue() && referenceTables.containsKey(t)) {
        out.add(t + ": listed as a reference table but has a tenant_id column");
      }
    }
    for (String t : new TreeSet<>(referenceTables.keySet())) {
      if (!tables.containsKey(t)) {
        out.add(t + ": listed as a reference table but does not exist");
      }
    }

    // 2. One distribution column type, so that every tenant table can be co-located.
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT c.relname, format_type(a.atttypid, a.atttypmod), a.attnotnull"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'"
                + "  AND NOT a.attisdropped"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                + " ORDER BY 1")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (!"text".equals(rs.getString(2)) || !rs.getBoolean(3)) {
            out.add(
                rs.getString(1)
                    + ": tenant_id is "
                    + rs.getString(2)
                    + (rs.getBoolean(3) ? " NOT NULL" : " NULL")
                    + ", must be text NOT NULL (the type of organization.id, for co-location)");
          }
        }
      }
    }

    // 3. Primary keys, unique constraints and unique indexes (also partial or on expressions) of a
    //    tenant table contain tenant_id as a column; exclusion constraints too.
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.relname, i.relname, x.indisprimary,"
                + "  pg_get_indexdef(x.indexrelid), ta.attnum = ANY (x.indkey::int2[])"
                + " FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid"
                + " JOIN pg_class i ON i.oid = x.indexrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " JOIN pg_attribute ta ON ta.attrelid = t.oid AND ta.attname = 'tenant_id'"
                + "  AND NOT ta.attisdropped"
                + " WHERE n.nspname = ? AND t.relkind IN ('r', 'p') AND NOT t.relispartition"
                + "  AND (x.indisunique OR x.indisprimary OR x.indisexclusion)"
                + " ORDER BY 1, 2")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (!rs.getBoolean(5)) {
            String def = rs.getString(4);
            String columns = def.substring(def.indexOf('(')).replaceFirst(" WHERE .*", "");
            out.add(
                rs.getString(1)
                    + ": primary key or unique index "
                    + rs.getString(2)
                    + " "
                    + columns
                    + " does not include tenant_id");
          }
        }
      }
    }

    // 4. Foreign keys.
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.relname, con.conname, pg_get_constraintdef(con.oid), r.relname,"
                + "  (SELECT attnum FROM pg_attribute WHERE attrelid = t.oid"
                + "    AND attname = 'tenant_id' AND NOT attisdropped),"
                + "  (SELECT attnum FROM pg_attribute WHERE attrelid = r.oid"
                + "    AND attname = 'tenant_id' AND NOT attisdropped),"
                + "  con.conkey::int2[], con.confkey::int2[]"
                + " FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid"
                + " JOIN pg_class r ON r.oid = con.confrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = ? AND con.contype = 'f' AND NOT t.relispartition"
                + "  AND con.conparentid = 0"
                + " ORDER BY 1, 2")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          String name = rs.getString(2);
          String def = rs.getString(3);
          String target = rs.getString(4);
          boolean fromTenant = tenantTables.contains(table);
          boolean toTenant = tenantTables.contains(target);
          if (fromTenant && toTenant) {
            short fromTenantCol = rs.getShort(5);
            short toTenantCol = rs.getShort(6);
            Short[] from = (Short[]) rs.getArray(7).getArray();
            Short[] to = (Short[]) rs.getArray(8).getArray();
            boolean matched = false;
            for (int k = 0; k < from.length; k++) {
              if (from[k] == fromTenantCol && to[k] == toTenantCol) {
                matched = true;
              }
            }
            if (!matched) {
              out.add(
                  table
                      + ": foreign key "
                      + name
                      + " "
                      + def
                      + " between tenant tables does not match tenant_id to tenant_id");
            }
          } else if (fromTenant && !referenceTables.containsKey(target)) {
            out.add(
                table
                    + ": foreign key "
                    + name
                    + " "
                    + def
                    + " points at "
                    + target
                    + ", which is neither a tenant table nor a reference table");
          } else if (!fromTenant && toTenant) {
            out.add(
                table
                    + ": reference table has foreign key "
                    + name
                    + " to tenant table "
                    + target
                    + " (a reference table cannot point into a distributed table)");
          }
        }
      }
    }
    return out;
  }

  /** The schema's tables (not partitions, not views), each with whether it has a tenant_id. */
  static Map<String, Boolean> tablesOf(Connection c, String schema) throws SQLException {
    Map<String, Boolean> tables = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT c.relname, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid"
                + "  AND a.attname = 'tenant_id' AND NOT a.attisdropped)"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                + " ORDER BY 1")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          tables.put(rs.getString(1), rs.getBoolean(2));
        }
      }
    }
    return tables;
  }

  private static boolean hasMigrationHistory(Connection c) throws SQLException {
    return tablesOf(c, "public").keySet().stream().anyMatch(ShardReadinessIT::isBookkeeping);
  }

  private static Connection superuser() throws SQLException {
    return DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
  }
}
