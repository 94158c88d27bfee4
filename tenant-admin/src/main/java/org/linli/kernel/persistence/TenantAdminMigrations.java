package org.linli.kernel.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform kernel's tables: organizations, people, memberships, settings, audit, idempotency.
 */
@ApplicationScoped
public class TenantAdminMigrations implements ModuleMigrations {
  @Override
  public String name() {
    return "tenant";
  }

  @Override
  public String location() {
    return "db/migration/tenant";
  }

  @Override
  public int order() {
    return 10;
  }
}
