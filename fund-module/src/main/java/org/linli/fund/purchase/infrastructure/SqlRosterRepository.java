package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.RosterRepository;
import org.linli.fund.purchase.domain.ServiceOrder;
import org.linli.kernel.crypto.KeyedHasher;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.PersonRepository;

/** The roster columns of V68, in SQL under the transaction's tenant (RLS checks it again). */
@ApplicationScoped
public class SqlRosterRepository implements RosterRepository {
  @Inject PurchaseSql db;
  @Inject PurchaseRepository purchases;
  @Inject PersonRepository people;
  @Inject KeyedHasher hasher;

  @Override
  public void keep(String residentId, String source, String fileId) {
    db.sql(
            "UPDATE purchase_resident SET roster_source = ?3, roster_file = ?4"
                + " WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, residentId)
        .setParameter(3, source)
        .setParameter(4, fileId)
        .executeUpdate();
  }

  @Override
  public void changeEligibility(
      String residentId, EligibilityCategory category, String level, LocalDate from, LocalDate to) {
    for (String table : List.of("purchase_resident", "purchase_contract_resident")) {
      db.sql(
              "UPDATE "
                  + table
                  + " SET category = ?3, level = ?4, eligible_from = CAST(?5 AS date),"
                  + " eligible_to = CAST(?6 AS date) WHERE tenant_id = ?1 AND "
                  + (table.equals("purchase_resident") ? "id" : "resident_id")
                  + " = ?2")
          .setParameter(2, residentId)
          .setParameter(3, category.name())
          .setParameter(4, level)
          .setParameter(5, date(from))
          .setParameter(6, date(to))
          .executeUpdate();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> endMissing(String source, String fileId, LocalDate lastDay) {
    List<String> ids =
        db.sql(
                "UPDATE purchase_resident SET eligible_to = GREATEST(CAST(?4 AS date),"
                    + " eligible_from) WHERE tenant_id = ?1 AND roster_source = ?2"
                    + " AND roster_file IS DISTINCT FROM ?3 AND status = 'ACTIVE'"
                    + " AND (eligible_to IS NULL OR eligible_to > CAST(?4 AS date)) RETURNING id")
            .setParameter(2, source)
            .setParameter(3, fileId)
            .setParameter(4, date(lastDay))
            .getResultList();
    if (!ids.isEmpty()) {
      db.sql(
              "UPDATE purchase_contract_resident c SET eligible_to = r.eligible_to"
                  + " FROM purchase_resident r WHERE c.tenant_id = ?1 AND r.tenant_id = ?1"
                  + " AND c.resident_id = r.id AND r.id = ANY(CAST(?2 AS text[]))")
          .setParameter(2, "{" + String.join(",", ids) + "}")
          .executeUpdate();
    }
    return ids;
  }

  @Override
  public Optional<Resident> findByIdNumber(String idNumber) {
    String number = PersonRegistry.parseDocument(PersonRegistry.RESIDENT_ID, idNumber).number();
    return people
        .findByIdKey(hasher.hash(PersonRegistry.RESIDENT_ID + ":" + number))
        .flatMap(p -> purchases.findResidentByPerson(p.id()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<ServiceOrder> ordersOnOrAfter(String residentId, LocalDate day) {
    List<String> ids =
        db.sql(
                "SELECT id FROM purchase_order WHERE tenant_id = ?1 AND buyer_org = ?1"
                    + " AND resident_id = ?2 AND service_date >= CAST(?3 AS date)"
                    + " ORDER BY service_date, id")
            .setParameter(2, residentId)
            .setParameter(3, date(day))
            .getResultList();
    return ids.stream().map(id -> purchases.findOrder(id).orElseThrow()).toList();
  }
}
