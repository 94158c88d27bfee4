package org.linli.fund.purchase.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linli.fund.purchase.application.SettlementAccepted;
import org.linli.fund.purchase.application.SettlementBooks;
import org.linli.fund.purchase.application.SettlementPaid;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantWork;

/**
 * After the buyer's transaction commits an acceptance or a payment, posts it in the provider's
 * books in a transaction of the provider's tenant (one transaction is bound to one tenant, so it
 * cannot be the buyer's). Runs on the server's managed executor as the system actor
 * "purchase-settlement". A failure (the provider closed the month meanwhile, the database was away)
 * is logged and left for the provider's {@code POST .../settlements/{id}/books}, which the invoice
 * also runs first; the voucher ids are derived from the settlement, so nothing posts twice.
 */
@ApplicationScoped
public class SettlementBooksTrigger {
  private static final Logger LOG = Logger.getLogger(SettlementBooksTrigger.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject TenantWork tenantWork;
  @Inject SettlementBooks books;

  void accepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettlementAccepted e) {
    post(e.providerTenantId(), e.settlementId());
  }

  void paid(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettlementPaid e) {
    post(e.providerTenantId(), e.settlementId());
  }

  private void post(String provider, String settlementId) {
    executor.execute(
        () -> {
          try {
            tenantWork.call(
                new TenantId(provider),
                "purchase-settlement",
                () -> books.postPending(settlementId));
          } catch (RuntimeException ex) {
            LOG.log(
                Level.WARNING,
                "Settlement " + settlementId + " not yet posted in the books of " + provider,
                ex);
          }
        });
  }
}
