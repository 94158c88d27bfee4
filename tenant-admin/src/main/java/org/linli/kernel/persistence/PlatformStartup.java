package org.linli.kernel.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Migrates the schema before the application serves (a failed migration stops the start), then
 * loads demo data if asked (a failed demo load is logged, the platform still starts).
 */
@ApplicationScoped
public class PlatformStartup {
  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Inject SchemaMigrator migrator;
  @Inject Instance<DemoData> demoData;

  @Inject
  @ConfigProperty(name = "linli.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    migrator.migrate();
    if (demoEnabled) {
      try {
        demoData.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
        LOG.info("Demo data ready");
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
      }
    }
  }
}
