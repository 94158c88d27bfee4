package org.linli.volunteer.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.kernel.persistence.ModuleMigrations;

/** This module's schema migrations: Volunteers (filled by later issues). */
@ApplicationScoped
public class VolunteerMigrations implements ModuleMigrations {
  @Override
  public String name() {
    return "volunteer";
  }

  @Override
  public String location() {
    return "db/migration/volunteer";
  }

  @Override
  public int order() {
    return 30;
  }
}
