package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.domain.settings.OrgSettingsRepository;
import org.linli.tenant.domain.settings.OrgSettingsVersion;
import org.linli.tenant.domain.settings.SettingsDocument;
import org.linli.tenant.domain.settings.StaleSettingsException;

/** Reads and edits the request organization's versioned settings (optimistic, by version). */
@ApplicationScoped
@Transactional
@TenantScoped
public class OrgSettingsService {
  @Inject OrgSettingsRepository settings;
  @Inject AuditLog auditLog;
  @Inject RequestContext requestContext;

  public OrgSettingsVersion current() {
    return settings.current().orElseThrow();
  }

  public OrgSettingsVersion update(long expectedVersion, SettingsDocument document) {
    OrgSettingsVersion current = current();
    OrgSettingsVersion next =
        current.next(expectedVersion, document, Instant.now(), requestContext.actor());
    try {
      settings.add(next);
    } catch (PersistenceException concurrentUpdate) {
      throw new StaleSettingsException(next.version());
    }
    auditLog.record(
        "SETTINGS_UPDATED",
        "org_settings",
        Long.toString(next.version()),
        current.json(),
        next.json());
    return next;
  }
}
