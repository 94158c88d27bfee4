package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linli.fund.purchase.domain.SettlementDeductionSource;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Failed sampling checks deduct their orders from the month's settlement: an order whose latest
 * check in the month's active sample is 不合格 (a rectification closed as passed takes it off). Reads
 * the buyer's own rows in the settlement's transaction, so a re-draft gives the same answer. No
 * detail: the reason FAILED_CHECK says it all (a detail only repeated its label).
 */
@ApplicationScoped
public class FailedChecksDeduction implements SettlementDeductionSource {
  @Inject SampleChecks checks;
  @Inject TenantSession tenantSession;

  @Override
  public String reason() {
    return FAILED_CHECK;
  }

  @Override
  public Map<String, String> deductions(String contractId, YearMonth month) {
    Map<String, String> orders = new LinkedHashMap<>();
    checks
        .failedOrders(tenantSession.current(), contractId, month)
        .forEach(id -> orders.put(id, null));
    return orders;
  }
}
