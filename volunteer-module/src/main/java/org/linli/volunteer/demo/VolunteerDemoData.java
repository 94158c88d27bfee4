package org.linli.volunteer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.kernel.persistence.DemoData;
import org.linli.tenant.domain.org.OrgType;
import org.linli.tenant.infrastructure.demo.DemoOrganizations;

/** Seeds each demo social organization that has no volunteers yet, so a re-run changes nothing. */
@ApplicationScoped
public class VolunteerDemoData implements DemoData {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(VolunteerDemoData.class.getName());

  @Inject VolunteerDemoSeeder seeder;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void load() {
    DemoOrganizations.ALL.stream()
        .filter(org -> org.type() != OrgType.GOVERNMENT_BUYER)
        .forEach(
            org -> {
              seeder.seedIfEmpty(org);
              try {
                seeder.certificateIfNone(org);
              } catch (RuntimeException noSigningKey) {
                LOG.warning(() -> "Demo certificate skipped: " + noSigningKey.getMessage());
              }
            });
  }
}
