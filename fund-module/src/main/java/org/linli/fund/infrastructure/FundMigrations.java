package org.linli.fund.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.kernel.persistence.ModuleMigrations;

/** This module's schema migrations: Ledgers and funds (filled by later issues). */
@ApplicationScoped
public class FundMigrations implements ModuleMigrations {
  @Override
  public String name() {
    return "fund";
  }

  @Override
  public String location() {
    return "db/migration/fund";
  }

  @Override
  public int order() {
    return 20;
  }
}
