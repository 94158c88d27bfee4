package org.linli.kernel.persistence;

/**
 * A module's versioned SQL migrations. Each module keeps its own history table, and modules migrate
 * in dependency order (lower {@link #order()} first), so modules never compete for version numbers.
 */
public interface ModuleMigrations {
  /** Short module name, used for the history table {@code flyway_history_<name>}. */
  String name();

  /** Classpath folder of the module's migrations, e.g. {@code db/migration/tenant}. */
  String location();

  int order();
}
