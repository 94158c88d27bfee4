package org.linli.kernel.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/** Migrates every module's schema as the owner role; the application role only gets grants. */
@ApplicationScoped
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "jdbc/linliMigrations")
  DataSource ownerDataSource;

  @Inject
  @ConfigProperty(name = "linli.db.app.user", defaultValue = "linli_app")
  String appRole;

  @Inject Instance<ModuleMigrations> modules;

  public void migrate() {
    modules.stream()
        .sorted(Comparator.comparingInt(ModuleMigrations::order))
        .forEach(this::migrate);
  }

  private void migrate(ModuleMigrations module) {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(ownerDataSource)
            .locations("classpath:" + module.location())
            .table("flyway_history_" + module.name())
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .failOnMissingLocations(
                true) // Liberty finds a folder only by its flyway.location marker
            .callbackLocations(new String[0])
            .placeholders(Map.of("appRole", appRole))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema of module "
                + module.name()
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied");
  }
}
