package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import org.linli.fund.purchase.domain.OrderLabel;
import org.linli.fund.purchase.domain.OrderLabels;
import org.linli.kernel.tenancy.TenantScoped;

/** Names for order lists and views: the item's name and the resident's masked name. */
@ApplicationScoped
@Transactional
@TenantScoped
public class OrderNames {
  @Inject OrderLabels labels;

  public Map<String, OrderLabel> of(Collection<String> orderIds) {
    return orderIds.isEmpty() ? Map.of() : labels.of(orderIds);
  }

  public OrderLabel of(String orderId) {
    return labels.of(java.util.List.of(orderId)).get(orderId);
  }
}
