package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import org.linli.fund.purchase.domain.SamplingRepository;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;

/**
 * The read port settlement uses: the orders of a contract's month whose final check result is
 * FAILED (不合格), on the buyer's copy. The final result is the latest check entry of the month's
 * ACTIVE sample, so a rectification closed as PASSED takes an order off the list. Joins the
 * caller's transaction, bound to {@code tenant} (a transaction already bound to another tenant is
 * refused by {@link TenantSession}).
 */
@ApplicationScoped
public class SampleChecks {
  @Inject SamplingRepository repository;
  @Inject TenantSession tenantSession;

  @Transactional
  public List<String> failedOrders(TenantId tenant, String contractId, YearMonth month) {
    tenantSession.bind(tenant);
    return repository.failedOrders(contractId, month);
  }
}
