package org.linli.integration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.kernel.persistence.ModuleMigrations;

/** This module's schema migrations: Outbox and dead letters (filled by later issues). */
@ApplicationScoped
public class IntegrationMigrations implements ModuleMigrations {
  @Override
  public String name() {
    return "integration";
  }

  @Override
  public String location() {
    return "db/migration/integration";
  }

  @Override
  public int order() {
    return 40;
  }
}
