package org.linli.integration.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own for a database test of this module: created with the outbox, flow and
 * gateway-rate migrations and an application role that owns nothing (row level security holds for
 * it), dropped with the role afterwards. LINLI_TEST_DB_HOST/PORT (default 127.0.0.1:5432),
 * superuser LINLI_PG_SUPERUSER (default postgres).
 */
public final class ScratchDatabase {
  private static final String HOST = env("LINLI_TEST_DB_HOST", "127.0.0.1");
  private static final String PORT = env("LINLI_TEST_DB_PORT", "5432");
  private static final String SUPER = env("LINLI_PG_SUPERUSER", "postgres");
  private static final List<String> MIGRATIONS =
      List.of("V1__outbox_and_dead_letters.sql", "V3__outbound_flows.sql", "V4__gateway_rates.sql");

  private final String name;
  private final String appRole;

  private ScratchDatabase(String prefix) {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    this.name = prefix + "_" + suffix;
    this.appRole = prefix + "_app_" + suffix;
  }

  /** A new database named {@code prefix_<random>} with the migrations applied. */
  public static ScratchDatabase create(String prefix) throws Exception {
    ScratchDatabase db = new ScratchDatabase(prefix);
    try (Connection c = superuser("postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db.name);
      s.execute("CREATE ROLE " + db.appRole + " LOGIN");
    }
    try (Connection c = superuser(db.name);
        Statement s = c.createStatement()) {
      for (String v : MIGRATIONS) {
        s.execute(
            Files.readString(Path.of("src/main/resources/db/migration/integration", v))
                .replace("${appRole}", db.appRole));
      }
    }
    return db;
  }

  /** A connection as the application role. */
  public Connection app() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name, appRole, "");
  }

  public void drop() throws SQLException {
    try (Connection c = superuser("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("DROP ROLE IF EXISTS " + appRole);
    }
  }

  private static Connection superuser(String db) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + db, SUPER, "");
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
