package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linli.fund.purchase.domain.OrderLabel;
import org.linli.fund.purchase.domain.OrderLabels;

/**
 * One query per page: the resident's name from the contract's residents, the item's name from the
 * latest version in force on the service date (version 1 or an accepted amendment, V66).
 */
@ApplicationScoped
public class SqlOrderLabels implements OrderLabels {
  private static final int MAX_IDS = 200;

  @Inject PurchaseSql db;

  @Override
  public Map<String, OrderLabel> of(Collection<String> orderIds) {
    Map<String, OrderLabel> labels = new HashMap<>();
    List<String> ids = orderIds.stream().distinct().toList();
    for (int from = 0; from < ids.size(); from += MAX_IDS) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IDS));
      StringBuilder in = new StringBuilder();
      for (int i = 0; i < chunk.size(); i++) {
        in.append(i == 0 ? "" : ", ").append('?').append(i + 2);
      }
      Query q =
          db.sql(
              "SELECT o.id, r.name, (SELECT i.name FROM purchase_contract_item i"
                  + " JOIN purchase_contract_version v ON v.tenant_id = i.tenant_id"
                  + " AND v.contract_id = i.contract_id AND v.version = i.version"
                  + " LEFT JOIN purchase_contract_amendment a ON a.tenant_id = v.tenant_id"
                  + " AND a.contract_id = v.contract_id AND a.version = v.version"
                  + " WHERE i.tenant_id = o.tenant_id AND i.contract_id = o.contract_id"
                  + " AND i.code = o.item_code AND (v.version = 1 OR v.effective_from <="
                  + " o.service_date) AND (a.state IS NULL OR a.state = 'ACCEPTED')"
                  + " ORDER BY v.version DESC LIMIT 1)"
                  + " FROM purchase_order o LEFT JOIN purchase_contract_resident r"
                  + " ON r.tenant_id = o.tenant_id AND r.contract_id = o.contract_id"
                  + " AND r.resident_id = o.resident_id"
                  + " WHERE o.tenant_id = ?1 AND o.id IN ("
                  + in
                  + ")");
      for (int i = 0; i < chunk.size(); i++) {
        q.setParameter(i + 2, chunk.get(i));
      }
      rows(q).forEach(r -> labels.put((String) r[0], OrderLabel.of((String) r[2], (String) r[1])));
    }
    return labels;
  }
}
