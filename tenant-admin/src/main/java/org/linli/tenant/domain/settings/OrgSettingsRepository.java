package org.linli.tenant.domain.settings;

import java.util.Optional;

/** Settings versions of the transaction's tenant. */
public interface OrgSettingsRepository {
  Optional<OrgSettingsVersion> current();

  void add(OrgSettingsVersion version);
}
