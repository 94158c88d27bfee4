package org.linli.kernel.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.QueryHints;

/**
 * Binds the current transaction to one tenant, for both guards at once: EclipseLink's tenant
 * discriminator (first guard) and PostgreSQL row level security through the transaction-local
 * setting {@code app.tenant_id} (the real guard, which also covers native SQL). The setting is
 * transaction-local, so a pooled connection never carries it into another request.
 */
@ApplicationScoped
public class TenantSession {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TransactionTenant transactionTenant;

  @Resource TransactionSynchronizationRegistry txRegistry;

  /**
   * Binds the active transaction to {@code tenant}; binding again to the same tenant is a no-op.
   */
  public void bind(TenantId tenant) {
    if (txRegistry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Tenant binding needs an active transaction");
    }
    TenantId bound = transactionTenant.get();
    if (bound != null) {
      if (!bound.equals(tenant)) {
        throw new IllegalStateException("Transaction already bound to another tenant");
      }
      return;
    }
    em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value());
    em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
        .setParameter(1, tenant.value())
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getSingleResult();
    transactionTenant.set(tenant);
  }

  /** The tenant of the active transaction; fails closed when none was bound. */
  public TenantId current() {
    TenantId bound = transactionTenant.get();
    if (bound == null) {
      throw new IllegalStateException("No tenant bound to this transaction");
    }
    return bound;
  }
}
