package org.linli.tenant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.linli.tenant.domain.settings.OrgSettingsRepository;
import org.linli.tenant.domain.settings.OrgSettingsVersion;

@ApplicationScoped
public class JpaOrgSettingsRepository implements OrgSettingsRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<OrgSettingsVersion> current() {
    return em.createQuery(
            "SELECT s FROM OrgSettingsVersion s ORDER BY s.version DESC", OrgSettingsVersion.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(OrgSettingsVersion version) {
    em.persist(version);
    em.flush(); // surface a concurrent update of the same version here, as a key conflict
  }
}
