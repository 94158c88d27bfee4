package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                  + " FROM unnest(CAST(?2 AS text[])) AS k(id) JOIN purchase_resident r"
                  + " ON r.tenant_id = ?1 AND r.id = k.id"
                  + " WHERE c.tenant_id = ?1 AND c.resident_id = r.id")
          .setParameter(2, textArray(ids))
          .executeUpdate();
    }
    return ids;
  }

  @Override
  public List<String> contractsOf(Collection<String> residentIds) {
    if (residentIds.isEmpty()) {
      return List.of();
    }
    return PurchaseSql.ids(
        db.sql(
                "SELECT DISTINCT c.contract_id FROM unnest(CAST(?2 AS text[])) AS k(id)"
                    + " JOIN purchase_contract_resident c ON c.tenant_id = ?1"
                    + " AND c.resident_id = k.id ORDER BY c.contract_id")
            .setParameter(2, textArray(residentIds)));
  }

  @Override
  public Map<String, Resident> residentsOfPersons(Collection<String> personIds) {
    Map<String, Resident> found = new HashMap<>();
    if (!personIds.isEmpty()) {
      PurchaseSql.rows(
              db.sql(
                      "SELECT "
                          + JpaPurchaseRepository.RESIDENT_COLUMNS.replaceAll("(^|, )", "$1r.")
                          + " FROM unnest(CAST(?2 AS text[])) AS k(person_id)"
                          + " JOIN purchase_resident r ON r.tenant_id = ?1"
                          + " AND r.person_id = k.person_id")
                  .setParameter(2, textArray(personIds)))
          .map(JpaPurchaseRepository::resident)
          .forEach(r -> found.put(r.personId(), r));
    }
    return found;
  }

  @Override
  public void addAll(List<Resident> residents, String source, String fileId) {
    if (residents.isEmpty()) {
      return;
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (Resident r : residents) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("id", r.id())
              .add("person_id", r.personId())
              .add("name", r.name())
              .add("id_masked", r.idMasked())
              .add("address", r.address())
              .add("category", r.category().name())
              .add("eligible_from", r.eligibleFrom().toString())
              .add("status", r.status().name())
              .add("created_by", r.createdBy())
              .add("created_at", r.createdAt().toString());
      optional(o, "phone_masked", r.phoneMasked());
      optional(o, "level", r.level());
      if (r.location() != null) {
        o.add("latitude", r.location().latitude()).add("longitude", r.location().longitude());
      }
      if (r.eligibleTo() != null) {
        o.add("eligible_to", r.eligibleTo().toString());
      }
      if (r.statusOn() != null) {
        o.add("status_on", r.statusOn().toString());
      }
      rows.add(o);
    }
    db.sql(
            "INSERT INTO purchase_resident (tenant_id, "
                + JpaPurchaseRepository.RESIDENT_COLUMNS
                + ", roster_source, roster_file) SELECT ?1, "
                + JpaPurchaseRepository.RESIDENT_COLUMNS
                + ", ?3, ?4 FROM jsonb_to_recordset(CAST(?2 AS jsonb)) AS x(id text, person_id text,"
                + " name text, id_masked text, phone_masked text, address text, latitude numeric,"
                + " longitude numeric, category text, level text, eligible_from date,"
                + " eligible_to date, status text, status_on date, created_by text,"
                + " created_at timestamptz)")
        .setParameter(2, rows.build().toString())
        .setParameter(3, source)
        .setParameter(4, fileId)
        .executeUpdate();
  }

  @Override
  public void keepAll(Collection<String> residentIds, String source, String fileId) {
    if (residentIds.isEmpty()) {
      return;
    }
    db.sql(
            "UPDATE purchase_resident r SET roster_source = ?3, roster_file = ?4"
                + " FROM unnest(CAST(?2 AS text[])) AS k(id)"
                + " WHERE r.tenant_id = ?1 AND r.id = k.id")
        .setParameter(2, textArray(residentIds))
        .setParameter(3, source)
        .setParameter(4, fileId)
        .executeUpdate();
  }

  @Override
  public void keepListed(Collection<String> idKeys, String source, String fileId) {
    if (idKeys.isEmpty()) {
      return;
    }
    db.sql(
            "UPDATE purchase_resident r SET roster_source = ?3, roster_file = ?4 FROM"
                + " unnest(CAST(?2 AS text[])) AS k(id_key) JOIN person p ON p.id_key = k.id_key"
                + " WHERE r.tenant_id = ?1 AND r.person_id = p.id")
        .setParameter(2, textArray(idKeys))
        .setParameter(3, source)
        .setParameter(4, fileId)
        .executeUpdate();
  }

  @Override
  public List<String> changeAll(List<Resident> changed) {
    if (changed.isEmpty()) {
      return List.of();
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (Resident r : changed) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("id", r.id())
              .add("category", r.category().name())
              .add("eligible_from", r.eligibleFrom().toString());
      optional(o, "level", r.level());
      rows.add(o);
    }
    String json = rows.build().toString();
    String values =
        " FROM jsonb_to_recordset(CAST(?2 AS jsonb)) AS x(id text, category text, level text,"
            + " eligible_from date)";
    db.sql(
            "UPDATE purchase_resident r SET category = x.category, level = x.level,"
                + " eligible_from = x.eligible_from, eligible_to = NULL"
                + values
                + " WHERE r.tenant_id = ?1 AND r.id = x.id")
        .setParameter(2, json)
        .executeUpdate();
    return PurchaseSql.ids(
            db.sql(
                    "UPDATE purchase_contract_resident c SET category = x.category, level = x.level,"
                        + " eligible_from = x.eligible_from, eligible_to = NULL"
                        + values
                        + " WHERE c.tenant_id = ?1 AND c.resident_id = x.id RETURNING c.contract_id")
                .setParameter(2, json))
        .stream()
        .distinct()
        .sorted()
        .toList();
  }

  private static void optional(JsonObjectBuilder o, String key, String value) {
    if (value != null) {
      o.add(key, value);
    }
  }

  /**
   * A PostgreSQL array literal of ids or keys (no quote, comma, brace or blank in them). Joined as
   * {@code unnest(...)}, never as {@code = ANY(...)}: while a roster fills the table its statistics
   * lag, and the planner may then read every resident of the tenant by the list index and test each
   * against the whole array (seconds per chunk); a join probes the unique key per element.
   */
  private static String textArray(Collection<String> values) {
    return "{" + String.join(",", values) + "}";
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
