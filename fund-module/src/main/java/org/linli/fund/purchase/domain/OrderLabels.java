package org.linli.fund.purchase.domain;

import java.util.Collection;
import java.util.Map;

/** Item and resident names of orders on the transaction's tenant's copy. */
public interface OrderLabels {
  /** By order id; an order without a known item or resident name is absent. */
  Map<String, OrderLabel> of(Collection<String> orderIds);
}
