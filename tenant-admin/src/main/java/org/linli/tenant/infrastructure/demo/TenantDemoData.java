package org.linli.tenant.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.kernel.persistence.DemoData;
import org.linli.tenant.application.OrganizationAdministration;
import org.linli.tenant.infrastructure.demo.DemoOrganizations.DemoOrg;

/** Registers the demo organizations that do not exist yet, so a re-run changes nothing. */
@ApplicationScoped
public class TenantDemoData implements DemoData {
  @Inject OrganizationAdministration organizations;
  @Inject DemoOrgSeeder seeder;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void load() {
    for (DemoOrg org : DemoOrganizations.ALL) {
      if (!exists(org.code())) {
        seeder.seed(org);
      }
    }
  }

  private boolean exists(String code) {
    try {
      organizations.get(code);
      return true;
    } catch (org.linli.kernel.error.DomainException notFound) {
      return false;
    }
  }
}
