package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.date;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.dec;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.ids;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.instant;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.intOrNull;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.rows;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linli.fund.purchase.domain.AnomalyRule;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractItem;
import org.linli.fund.purchase.domain.ContractResident;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.ContractTerm;
import org.linli.fund.purchase.domain.ContractVersion;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.fund.purchase.domain.Evidence;
import org.linli.fund.purchase.domain.EvidenceKind;
import org.linli.fund.purchase.domain.FlagStatus;
import org.linli.fund.purchase.domain.ImageFile;
import org.linli.fund.purchase.domain.OrderFlag;
import org.linli.fund.purchase.domain.OrderStatus;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.ResidentStatus;
import org.linli.fund.purchase.domain.ServiceOrder;
import org.linli.fund.purchase.domain.ServiceUnit;
import org.linli.fund.purchase.domain.Side;

@ApplicationScoped
public class JpaPurchaseRepository implements PurchaseRepository {
  private static final String CONTRACT_COLUMNS =
      "id, side, buyer_org, provider_org, buyer_name, provider_name, number, title, budget_line,"
          + " recurring, term_start, term_end, total_amount, settlement_method,"
          + " performance_targets, status, current_version, published, created_by, created_at,"
          + " proposed_at, decided_by, decided_at, decline_reason, terminated_by, terminated_at,"
          + " terminated_on, termination_reason";

  static final String RESIDENT_COLUMNS =
      "id, person_id, name, id_masked, phone_masked, address, latitude, longitude, category, level,"
          + " eligible_from, eligible_to, status, status_on, created_by, created_at";

  private static final String CR_COLUMNS =
      "contract_id, resident_id, name, id_masked, address, latitude, longitude, category, level,"
          + " eligible_from, eligible_to, status, status_on, assigned_at";

  private static final String ORDER_COLUMNS =
      "id, contract_id, buyer_org, provider_org, resident_id, item_code, service_date, note, status,"
          + " worker_person_id, worker_name, check_in_at, check_in_lat, check_in_lon,"
          + " check_in_distance_m, check_out_at, check_out_lat, check_out_lon,"
          + " check_out_distance_m, confirmation_hash, confirmed_at, satisfaction, follow_up_note,"
          + " created_by, created_at, updated_at, transitions";

  private static final String EVIDENCE_COLUMNS =
      "seq, order_id, kind, body, prev_hash, hash, recorded_at";

  @Inject PurchaseSql db;

  // ---- contracts

  @Override
  public void addContract(Contract c) {
    db.sql(
            "INSERT INTO purchase_contract (tenant_id, "
                + CONTRACT_COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                + " ?16, ?17, ?18, ?19, ?20, ?21, CAST(?22 AS timestamptz), ?23,"
                + " CAST(?24 AS timestamptz), ?25, ?26, CAST(?27 AS timestamptz),"
                + " CAST(?28 AS date), ?29)")
        .setParameter(2, c.id())
        .setParameter(3, c.side().name())
        .setParameter(4, c.buyerOrg())
        .setParameter(5, c.providerOrg())
        .setParameter(6, c.buyerName())
        .setParameter(7, c.providerName())
        .setParameter(8, c.number())
        .setParameter(9, c.title())
        .setParameter(10, c.budgetLine())
        .setParameter(11, c.term().recurring())
        .setParameter(12, date(c.term().start()))
        .setParameter(13, date(c.term().end()))
        .setParameter(14, c.totalAmount())
        .setParameter(15, c.settlementMethod())
        .setParameter(16, c.performanceTargets())
        .setParameter(17, c.status().name())
        .setParameter(18, c.currentVersion())
        .setParameter(19, c.published())
        .setParameter(20, c.createdBy())
        .setParameter(21, ts(c.createdAt()))
        .setParameter(22, ts(c.proposedAt()))
        .setParameter(23, c.decidedBy())
        .setParameter(24, ts(c.decidedAt()))
        .setParameter(25, c.declineReason())
        .setParameter(26, c.terminatedBy())
        .setParameter(27, ts(c.terminatedAt()))
        .setParameter(28, date(c.terminatedOn()))
        .setParameter(29, c.terminationReason())
        .executeUpdate();
  }

  @Override
  public void updateContract(Contract c) {
    db.sql(
            "UPDATE purchase_contract SET status = ?3, current_version = ?4, published = ?5,"
                + " term_end = ?6, total_amount = ?7, proposed_at = CAST(?8 AS timestamptz),"
                + " decided_by = ?9, decided_at = CAST(?10 AS timestamptz), decline_reason = ?11,"
                + " terminated_by = ?12, terminated_at = CAST(?13 AS timestamptz),"
                + " terminated_on = CAST(?14 AS date), termination_reason = ?15"
                + " WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, c.id())
        .setParameter(3, c.status().name())
        .setParameter(4, c.currentVersion())
        .setParameter(5, c.published())
        .setParameter(6, date(c.term().end()))
        .setParameter(7, c.totalAmount())
        .setParameter(8, ts(c.proposedAt()))
        .setParameter(9, c.decidedBy())
        .setParameter(10, ts(c.decidedAt()))
        .setParameter(11, c.declineReason())
        .setParameter(12, c.terminatedBy())
        .setParameter(13, ts(c.terminatedAt()))
        .setParameter(14, date(c.terminatedOn()))
        .setParameter(15, c.terminationReason())
        .executeUpdate();
  }

  @Override
  public Optional<Contract> findContract(String id) {
    return rows(db.sql(
                "SELECT "
                    + CONTRACT_COLUMNS
                    + " FROM purchase_contract WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(2, id))
        .map(JpaPurchaseRepository::contract)
        .findFirst();
  }

  @Override
  public Optional<Contract> lockContract(String id) {
    return rows(db.sql(
                "SELECT "
                    + CONTRACT_COLUMNS
                    + " FROM purchase_contract WHERE tenant_id = ?1 AND id = ?2 FOR UPDATE")
            .setParameter(2, id))
        .map(JpaPurchaseRepository::contract)
        .findFirst();
  }

  @Override
  public boolean contractNumberTaken(String buyerOrg, String number) {
    return !db.sql(
            "SELECT 1 FROM purchase_contract WHERE tenant_id = ?1 AND buyer_org = ?2 AND number = ?3")
        .setParameter(2, buyerOrg)
        .setParameter(3, number)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Contract> listContracts(
      ContractStatus status, Boolean publishedOnly, Instant afterAt, String afterId, int limit) {
    Query q =
        db.sql(
                "SELECT "
                    + CONTRACT_COLUMNS
                    + " FROM purchase_contract WHERE tenant_id = ?1"
                    + " AND (CAST(?2 AS text) IS NULL OR status = ?2)"
                    + " AND (CAST(?3 AS boolean) IS NULL OR published = CAST(?3 AS boolean))"
                    + " AND (CAST(?4 AS timestamptz) IS NULL OR (created_at, id) < (CAST(?4 AS"
                    + " timestamptz), ?5)) ORDER BY created_at DESC, id DESC LIMIT ?6")
            .setParameter(2, status == null ? null : status.name())
            .setParameter(3, publishedOnly)
            .setParameter(4, ts(afterAt))
            .setParameter(5, afterId)
            .setParameter(6, limit);
    return rows(q).map(JpaPurchaseRepository::contract).toList();
  }

  static Contract contract(Object[] r) {
    return new Contract(
        (String) r[0],
        Side.valueOf((String) r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8],
        new ContractTerm(date(r[10]), date(r[11]), (Boolean) r[9]),
        ((Number) r[12]).longValue(),
        (String) r[13],
        (String) r[14],
        ContractStatus.valueOf((String) r[15]),
        ((Number) r[16]).intValue(),
        (Boolean) r[17],
        (String) r[18],
        instant(r[19]),
        instant(r[20]),
        (String) r[21],
        instant(r[22]),
        (String) r[23],
        (String) r[24],
        instant(r[25]),
        date(r[26]),
        (String) r[27]);
  }

  @Override
  public void addVersion(Contract c, ContractVersion v) {
    db.sql(
            "INSERT INTO purchase_contract_version (tenant_id, contract_id, version, buyer_org,"
                + " provider_org, effective_from, term_end, total_amount, note, created_by,"
                + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(2, c.id())
        .setParameter(3, v.version())
        .setParameter(4, c.buyerOrg())
        .setParameter(5, c.providerOrg())
        .setParameter(6, date(v.effectiveFrom()))
        .setParameter(7, date(v.termEnd()))
        .setParameter(8, v.totalAmount())
        .setParameter(9, v.note())
        .setParameter(10, v.createdBy())
        .setParameter(11, ts(v.createdAt()))
        .executeUpdate();
    int position = 0;
    for (ContractItem i : v.items()) {
      db.sql(
              "INSERT INTO purchase_contract_item (tenant_id, contract_id, version, code,"
                  + " buyer_org, provider_org, name, unit, unit_price, quantity, min_minutes,"
                  + " eligible_groups, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                  + " ?11, ?12, ?13)")
          .setParameter(2, c.id())
          .setParameter(3, v.version())
          .setParameter(4, i.code())
          .setParameter(5, c.buyerOrg())
          .setParameter(6, c.providerOrg())
          .setParameter(7, i.name())
          .setParameter(8, i.unit().name())
          .setParameter(9, i.unitPrice())
          .setParameter(10, i.quantity())
          .setParameter(11, i.minMinutes())
          .setParameter(12, i.groupsText())
          .setParameter(13, position++)
          .executeUpdate();
    }
  }

  @Override
  public List<ContractVersion> versions(String contractId) {
    Map<Integer, List<ContractItem>> items = new LinkedHashMap<>();
    rows(db.sql(
                "SELECT version, code, name, unit, unit_price, quantity, min_minutes,"
                    + " eligible_groups FROM purchase_contract_item WHERE tenant_id = ?1 AND"
                    + " contract_id = ?2 ORDER BY version, position")
            .setParameter(2, contractId))
        .forEach(
            r -> {
              EnumSet<EligibilityCategory> groups = EnumSet.noneOf(EligibilityCategory.class);
              Arrays.stream(((String) r[7]).split(","))
                  .map(EligibilityCategory::valueOf)
                  .forEach(groups::add);
              items
                  .computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>())
                  .add(
                      new ContractItem(
                          (String) r[1],
                          (String) r[2],
                          ServiceUnit.valueOf((String) r[3]),
                          ((Number) r[4]).longValue(),
                          ((Number) r[5]).intValue(),
                          ((Number) r[6]).intValue(),
                          groups));
            });
    return rows(db.sql(
                "SELECT version, effective_from, term_end, total_amount, note, created_by,"
                    + " created_at FROM purchase_contract_version WHERE tenant_id = ?1 AND"
                    + " contract_id = ?2 ORDER BY version")
            .setParameter(2, contractId))
        .map(
            r ->
                new ContractVersion(
                    ((Number) r[0]).intValue(),
                    date(r[1]),
                    date(r[2]),
                    ((Number) r[3]).longValue(),
                    (String) r[4],
                    (String) r[5],
                    instant(r[6]),
                    List.copyOf(items.getOrDefault(((Number) r[0]).intValue(), List.of()))))
        .toList();
  }

  // ---- residents

  @Override
  public void addResident(Resident r) {
    db.sql(
            "INSERT INTO purchase_resident (tenant_id, "
                + RESIDENT_COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS numeric), CAST(?9 AS numeric),"
                + " ?10, ?11, ?12, CAST(?13 AS date), ?14, CAST(?15 AS date), ?16, ?17)")
        .setParameter(2, r.id())
        .setParameter(3, r.personId())
        .setParameter(4, r.name())
        .setParameter(5, r.idMasked())
        .setParameter(6, r.phoneMasked())
        .setParameter(7, r.address())
        .setParameter(8, r.location() == null ? null : r.location().latitude().toPlainString())
        .setParameter(9, r.location() == null ? null : r.location().longitude().toPlainString())
        .setParameter(10, r.category().name())
        .setParameter(11, r.level())
        .setParameter(12, date(r.eligibleFrom()))
        .setParameter(13, date(r.eligibleTo()))
        .setParameter(14, r.status().name())
        .setParameter(15, date(r.statusOn()))
        .setParameter(16, r.createdBy())
        .setParameter(17, ts(r.createdAt()))
        .executeUpdate();
  }

  @Override
  public void updateResidentStatus(String id, ResidentStatus status, LocalDate on) {
    db.sql(
            "UPDATE purchase_resident SET status = ?3, status_on = CAST(?4 AS date)"
                + " WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, id)
        .setParameter(3, status.name())
        .setParameter(4, date(on))
        .executeUpdate();
  }

  @Override
  public void addStatusChange(
      String residentId, ResidentStatus status, LocalDate on, String note, String by, Instant at) {
    db.sql(
            "INSERT INTO purchase_resident_status_change (tenant_id, resident_id, seq, status,"
                + " effective_on, note, recorded_by, recorded_at) SELECT ?1, ?2,"
                + " coalesce(max(seq), 0) + 1, ?3, ?4, ?5, ?6, ?7 FROM"
                + " purchase_resident_status_change WHERE tenant_id = ?1 AND resident_id = ?2")
        .setParameter(2, residentId)
        .setParameter(3, status.name())
        .setParameter(4, date(on))
        .setParameter(5, note)
        .setParameter(6, by)
        .setParameter(7, ts(at))
        .executeUpdate();
  }

  @Override
  public Optional<Resident> findResident(String id) {
    return rows(db.sql(
                "SELECT "
                    + RESIDENT_COLUMNS
                    + " FROM purchase_resident WHERE tenant_id = ?1 AND id = ?2 FOR UPDATE")
            .setParameter(2, id))
        .map(JpaPurchaseRepository::resident)
        .findFirst();
  }

  @Override
  public Optional<Resident> findResidentByPerson(String personId) {
    return rows(db.sql(
                "SELECT "
                    + RESIDENT_COLUMNS
                    + " FROM purchase_resident WHERE tenant_id = ?1 AND person_id = ?2")
            .setParameter(2, personId))
        .map(JpaPurchaseRepository::resident)
        .findFirst();
  }

  @Override
  public List<Resident> listResidents(String query, Instant afterAt, String afterId, int limit) {
    return rows(db.sql(
                "SELECT "
                    + RESIDENT_COLUMNS
                    + " FROM purchase_resident WHERE tenant_id = ?1"
                    + " AND (CAST(?2 AS text) IS NULL OR name LIKE ?2)"
                    + " AND (CAST(?3 AS timestamptz) IS NULL OR (created_at, id) < (CAST(?3 AS"
                    + " timestamptz), ?4)) ORDER BY created_at DESC, id DESC LIMIT ?5")
            .setParameter(2, query == null ? null : "%" + query.replace("%", "") + "%")
            .setParameter(3, ts(afterAt))
            .setParameter(4, afterId)
            .setParameter(5, limit))
        .map(JpaPurchaseRepository::resident)
        .toList();
  }

  static Resident resident(Object[] r) {
    return new Resident(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        r[6] == null ? null : new Resident.GeoPoint(dec(r[6]), dec(r[7])),
        EligibilityCategory.valueOf((String) r[8]),
        (String) r[9],
        date(r[10]),
        date(r[11]),
        ResidentStatus.valueOf((String) r[12]),
        date(r[13]),
        (String) r[14],
        instant(r[15]));
  }

  @Override
  public void addContractResident(Contract c, ContractResident r) {
    db.sql(
            "INSERT INTO purchase_contract_resident (tenant_id, buyer_org, provider_org, "
                + CR_COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS numeric), CAST(?10 AS"
                + " numeric), ?11, ?12, ?13, CAST(?14 AS date), ?15, CAST(?16 AS date), ?17)")
        .setParameter(2, c.buyerOrg())
        .setParameter(3, c.providerOrg())
        .setParameter(4, r.contractId())
        .setParameter(5, r.residentId())
        .setParameter(6, r.name())
        .setParameter(7, r.idMasked())
        .setParameter(8, r.address())
        .setParameter(9, r.location() == null ? null : r.location().latitude().toPlainString())
        .setParameter(10, r.location() == null ? null : r.location().longitude().toPlainString())
        .setParameter(11, r.category().name())
        .setParameter(12, r.level())
        .setParameter(13, date(r.eligibleFrom()))
        .setParameter(14, date(r.eligibleTo()))
        .setParameter(15, r.status().name())
        .setParameter(16, date(r.statusOn()))
        .setParameter(17, ts(r.assignedAt()))
        .executeUpdate();
  }

  @Override
  public void updateContractResidents(String residentId, ResidentStatus status, LocalDate on) {
    db.sql(
            "UPDATE purchase_contract_resident SET status = ?3, status_on = CAST(?4 AS date)"
                + " WHERE tenant_id = ?1 AND resident_id = ?2")
        .setParameter(2, residentId)
        .setParameter(3, status.name())
        .setParameter(4, date(on))
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> contractsOfResident(String residentId) {
    return (List<String>)
        db.sql(
                "SELECT contract_id FROM purchase_contract_resident WHERE tenant_id = ?1 AND"
                    + " resident_id = ?2 ORDER BY contract_id")
            .setParameter(2, residentId)
            .getResultList();
  }

  @Override
  public Optional<ContractResident> contractResident(String contractId, String residentId) {
    return rows(db.sql(
                "SELECT "
                    + CR_COLUMNS
                    + " FROM purchase_contract_resident WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " AND resident_id = ?3")
            .setParameter(2, contractId)
            .setParameter(3, residentId))
        .map(JpaPurchaseRepository::contractResident)
        .findFirst();
  }

  @Override
  public List<ContractResident> contractResidents(
      String contractId, String query, String afterId, int limit) {
    String q = query == null ? null : query.replace("%", "").replace("_", "");
    // An ID's end (digits, perhaps a final X) matches the masked number's last characters.
    boolean idEnd = q != null && q.toUpperCase().matches("\\d{1,3}[\\dX]");
    return rows(db.sql(
                "SELECT "
                    + CR_COLUMNS
                    + " FROM purchase_contract_resident WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " AND (CAST(?3 AS text) IS NULL OR resident_id > ?3)"
                    + " AND (CAST(?5 AS text) IS NULL OR name LIKE ?5 OR id_masked LIKE CAST(?6 AS text))"
                    + " ORDER BY resident_id LIMIT ?4")
            .setParameter(2, contractId)
            .setParameter(3, afterId)
            .setParameter(4, limit)
            .setParameter(5, q == null ? null : "%" + q + "%")
            .setParameter(6, idEnd ? "%" + q.toUpperCase() : null))
        .map(JpaPurchaseRepository::contractResident)
        .toList();
  }

  static ContractResident contractResident(Object[] r) {
    return new ContractResident(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        r[5] == null ? null : new Resident.GeoPoint(dec(r[5]), dec(r[6])),
        EligibilityCategory.valueOf((String) r[7]),
        (String) r[8],
        date(r[9]),
        date(r[10]),
        ResidentStatus.valueOf((String) r[11]),
        date(r[12]),
        instant(r[13]));
  }

  // ---- orders

  @Override
  public void addOrder(ServiceOrder o) {
    Query q =
        db.sql(
                "INSERT INTO purchase_order (tenant_id, "
                    + ORDER_COLUMNS
                    + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                    + " CAST(?13 AS timestamptz), CAST(?14 AS numeric), CAST(?15 AS numeric),"
                    + " CAST(?16 AS int), CAST(?17 AS timestamptz), CAST(?18 AS numeric),"
                    + " CAST(?19 AS numeric), CAST(?20 AS int), ?21, CAST(?22 AS timestamptz),"
                    + " CAST(?23 AS int), ?24, ?25, ?26, ?27, ?28)")
            .setParameter(2, o.id())
            .setParameter(3, o.contractId())
            .setParameter(4, o.buyerOrg())
            .setParameter(5, o.providerOrg())
            .setParameter(6, o.residentId())
            .setParameter(7, o.itemCode())
            .setParameter(8, date(o.serviceDate()))
            .setParameter(9, o.note())
            .setParameter(25, o.createdBy())
            .setParameter(26, ts(o.createdAt()));
    bindMutable(q, o).executeUpdate();
  }

  @Override
  public void updateOrder(ServiceOrder o) {
    Query q =
        db.sql(
                "UPDATE purchase_order SET status = ?10, worker_person_id = ?11, worker_name = ?12,"
                    + " check_in_at = CAST(?13 AS timestamptz), check_in_lat = CAST(?14 AS"
                    + " numeric), check_in_lon = CAST(?15 AS numeric), check_in_distance_m ="
                    + " CAST(?16 AS int), check_out_at = CAST(?17 AS timestamptz), check_out_lat ="
                    + " CAST(?18 AS numeric), check_out_lon = CAST(?19 AS numeric),"
                    + " check_out_distance_m = CAST(?20 AS int), confirmation_hash = ?21,"
                    + " confirmed_at = CAST(?22 AS timestamptz), satisfaction = CAST(?23 AS int),"
                    + " follow_up_note = ?24, updated_at = ?27, transitions = ?28"
                    + " WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(2, o.id());
    bindMutable(q, o).executeUpdate();
  }

  private static Query bindMutable(Query q, ServiceOrder o) {
    var in = o.checkIn();
    var out = o.checkOut();
    return q.setParameter(10, o.status().name())
        .setParameter(11, o.workerPersonId())
        .setParameter(12, o.workerName())
        .setParameter(13, in == null ? null : ts(in.at()))
        .setParameter(14, in == null ? null : in.location().latitude().toPlainString())
        .setParameter(15, in == null ? null : in.location().longitude().toPlainString())
        .setParameter(16, in == null ? null : in.distanceMetres())
        .setParameter(17, out == null ? null : ts(out.at()))
        .setParameter(18, out == null ? null : out.location().latitude().toPlainString())
        .setParameter(19, out == null ? null : out.location().longitude().toPlainString())
        .setParameter(20, out == null ? null : out.distanceMetres())
        .setParameter(21, o.confirmationHash())
        .setParameter(22, ts(o.confirmedAt()))
        .setParameter(23, o.satisfaction())
        .setParameter(24, o.followUpNote())
        .setParameter(27, ts(o.updatedAt()))
        .setParameter(28, o.transitions());
  }

  @Override
  public Optional<ServiceOrder> findOrder(String id) {
    return rows(db.sql(
                "SELECT " + ORDER_COLUMNS + " FROM purchase_order WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(2, id))
        .map(JpaPurchaseRepository::order)
        .findFirst();
  }

  @Override
  public Optional<ServiceOrder> lockOrder(String id) {
    return rows(db.sql(
                "SELECT "
                    + ORDER_COLUMNS
                    + " FROM purchase_order WHERE tenant_id = ?1 AND id = ?2 FOR UPDATE")
            .setParameter(2, id))
        .map(JpaPurchaseRepository::order)
        .findFirst();
  }

  @Override
  public List<ServiceOrder> listOrders(
      String contractId,
      OrderStatus status,
      String workerPersonId,
      Instant afterAt,
      String afterId,
      int limit) {
    return rows(db.sql(
                "SELECT "
                    + ORDER_COLUMNS
                    + " FROM purchase_order WHERE tenant_id = ?1"
                    + " AND (CAST(?2 AS text) IS NULL OR contract_id = ?2)"
                    + " AND (CAST(?3 AS text) IS NULL OR status = ?3)"
                    + " AND (CAST(?4 AS text) IS NULL OR worker_person_id = ?4)"
                    + " AND (CAST(?5 AS timestamptz) IS NULL OR (created_at, id) < (CAST(?5 AS"
                    + " timestamptz), ?6)) ORDER BY created_at DESC, id DESC LIMIT ?7")
            .setParameter(2, contractId)
            .setParameter(3, status == null ? null : status.name())
            .setParameter(4, workerPersonId)
            .setParameter(5, ts(afterAt))
            .setParameter(6, afterId)
            .setParameter(7, limit))
        .map(JpaPurchaseRepository::order)
        .toList();
  }

  static ServiceOrder order(Object[] r) {
    return new ServiceOrder(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        date(r[6]),
        (String) r[7],
        OrderStatus.valueOf((String) r[8]),
        (String) r[9],
        (String) r[10],
        r[11] == null
            ? null
            : new ServiceOrder.Visit(
                instant(r[11]), new Resident.GeoPoint(dec(r[12]), dec(r[13])), intOrNull(r[14])),
        r[15] == null
            ? null
            : new ServiceOrder.Visit(
                instant(r[15]), new Resident.GeoPoint(dec(r[16]), dec(r[17])), intOrNull(r[18])),
        (String) r[19],
        instant(r[20]),
        intOrNull(r[21]),
        (String) r[22],
        (String) r[23],
        instant(r[24]),
        instant(r[25]),
        ((Number) r[26]).intValue());
  }

  @Override
  public void addTransition(ServiceOrder o, ServiceOrder.Transition t) {
    db.sql(
            "INSERT INTO purchase_order_transition (tenant_id, order_id, seq, buyer_org,"
                + " provider_org, from_status, to_status, actor_id, actor, at) VALUES (?1, ?2, ?3,"
                + " ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(2, o.id())
        .setParameter(3, t.seq())
        .setParameter(4, o.buyerOrg())
        .setParameter(5, o.providerOrg())
        .setParameter(6, t.from() == null ? null : t.from().name())
        .setParameter(7, t.to().name())
        .setParameter(8, t.actorId())
        .setParameter(9, t.actor())
        .setParameter(10, ts(t.at()))
        .executeUpdate();
  }

  @Override
  public List<ServiceOrder.Transition> transitions(String orderId) {
    // The recorded steps, and the SETTLED step of an order that a month's settlement settled
    // (since V71 written once per settlement, not per order: ADR 0020): who and when are the
    // settlement's acceptance, the step's number is the order's count, it leaves the last
    // recorded status. An order settled before V71 has its own SETTLED row and gets no second.
    return rows(db.sql(
                "SELECT seq, from_status, to_status, actor_id, actor, at FROM"
                    + " purchase_order_transition WHERE tenant_id = ?1 AND order_id = ?2"
                    + " UNION ALL SELECT o.transitions, (SELECT t.to_status"
                    + "   FROM purchase_order_transition t WHERE t.tenant_id = o.tenant_id"
                    + "   AND t.order_id = o.id ORDER BY t.seq DESC LIMIT 1), o.status,"
                    + "   s.accepted_by_id, s.accepted_by, s.accepted_at"
                    + " FROM purchase_order o JOIN purchase_settlement s"
                    + "   ON s.tenant_id = o.tenant_id AND s.contract_id = o.contract_id"
                    + "   AND s.month = to_char(o.service_date, 'YYYY-MM') AND s.status <> 'DRAFT'"
                    + " WHERE o.tenant_id = ?1 AND o.id = ?2 AND o.status = 'SETTLED'"
                    + " AND NOT EXISTS (SELECT 1 FROM purchase_order_transition t"
                    + "   WHERE t.tenant_id = o.tenant_id AND t.order_id = o.id"
                    + "   AND t.to_status = 'SETTLED')"
                    + " ORDER BY 1")
            .setParameter(2, orderId))
        .map(
            r ->
                new ServiceOrder.Transition(
                    ((Number) r[0]).intValue(),
                    r[1] == null ? null : OrderStatus.valueOf((String) r[1]),
                    OrderStatus.valueOf((String) r[2]),
                    (String) r[3],
                    (String) r[4],
                    instant(r[5])))
        .toList();
  }

  @Override
  public void lockChain(String contractId) {
    // Both parties' transactions take the same lock: the key is the contract, not the tenant.
    db.sql("SELECT CAST(?1 AS text), pg_advisory_xact_lock(hashtextextended(?2, 60))")
        .setParameter(2, "purchase-evidence:" + contractId)
        .getResultList();
  }

  @Override
  public Optional<Evidence> chainHead(String contractId) {
    return rows(db.sql(
                "SELECT "
                    + EVIDENCE_COLUMNS
                    + " FROM purchase_evidence WHERE tenant_id = ?1 AND contract_id = ?2 ORDER BY"
                    + " seq DESC LIMIT 1")
            .setParameter(2, contractId))
        .map(JpaPurchaseRepository::evidence)
        .findFirst();
  }

  @Override
  public void addEvidence(ServiceOrder o, Evidence e) {
    db.sql(
            "INSERT INTO purchase_evidence (tenant_id, contract_id, buyer_org, provider_org, "
                + EVIDENCE_COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(2, o.contractId())
        .setParameter(3, o.buyerOrg())
        .setParameter(4, o.providerOrg())
        .setParameter(5, e.seq())
        .setParameter(6, e.orderId())
        .setParameter(7, e.kind().name())
        .setParameter(8, e.body())
        .setParameter(9, e.prevHash())
        .setParameter(10, e.hash())
        .setParameter(11, ts(e.recordedAt()))
        .executeUpdate();
  }

  @Override
  public List<Evidence> evidenceOfOrder(String orderId) {
    return rows(db.sql(
                "SELECT "
                    + EVIDENCE_COLUMNS
                    + " FROM purchase_evidence WHERE tenant_id = ?1 AND order_id = ?2 ORDER BY seq")
            .setParameter(2, orderId))
        .map(JpaPurchaseRepository::evidence)
        .toList();
  }

  @Override
  public List<Evidence> chain(String contractId, long afterSeq, int limit) {
    return rows(db.sql(
                "SELECT "
                    + EVIDENCE_COLUMNS
                    + " FROM purchase_evidence WHERE tenant_id = ?1 AND contract_id = ?2 AND seq >"
                    + " ?3 ORDER BY seq LIMIT ?4")
            .setParameter(2, contractId)
            .setParameter(3, afterSeq)
            .setParameter(4, limit))
        .map(JpaPurchaseRepository::evidence)
        .toList();
  }

  static Evidence evidence(Object[] r) {
    return new Evidence(
        ((Number) r[0]).longValue(),
        (String) r[1],
        EvidenceKind.valueOf((String) r[2]),
        (String) r[3],
        (String) r[4],
        (String) r[5],
        instant(r[6]));
  }

  @Override
  public boolean addPhoto(String orderId, ImageFile photo, String by, Instant at) {
    return db.sql(
                "INSERT INTO purchase_order_photo (tenant_id, order_id, sha256, content_type,"
                    + " size_bytes, data, uploaded_by, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                    + " ?7, ?8) ON CONFLICT DO NOTHING")
            .setParameter(2, orderId)
            .setParameter(3, photo.sha256())
            .setParameter(4, photo.contentType())
            .setParameter(5, photo.data().length)
            .setParameter(6, photo.data())
            .setParameter(7, by)
            .setParameter(8, ts(at))
            .executeUpdate()
        == 1;
  }

  // ---- anomaly flags (V62)

  private static final String FLAG_COLUMNS =
      "order_id, rule, contract_id, buyer_org, provider_org, status, args, raised_at,"
          + " evaluated_at, resolved_by, resolved_actor, resolved_at, reason, version";

  /** Orders that count: neither cancelled nor a no-show. */
  private static final String LIVE = " AND status NOT IN ('CANCELLED', 'NO_SHOW')";

  @Override
  public List<OrderFlag> flags(String orderId) {
    return rows(db.sql(
                "SELECT "
                    + FLAG_COLUMNS
                    + " FROM purchase_order_flag WHERE tenant_id = ?1 AND order_id = ?2"
                    + " ORDER BY rule")
            .setParameter(2, orderId))
        .map(JpaPurchaseRepository::flag)
        .toList();
  }

  @Override
  public void saveFlag(OrderFlag f) {
    JsonArrayBuilder args = Json.createArrayBuilder();
    f.args().forEach(args::add);
    db.sql(
            "INSERT INTO purchase_order_flag (tenant_id, "
                + FLAG_COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                + " CAST(?13 AS timestamptz), ?14, ?15) ON CONFLICT (tenant_id, order_id, rule)"
                + " DO UPDATE SET status = EXCLUDED.status, args = EXCLUDED.args, raised_at ="
                + " EXCLUDED.raised_at, evaluated_at = EXCLUDED.evaluated_at, resolved_by ="
                + " EXCLUDED.resolved_by, resolved_actor = EXCLUDED.resolved_actor, resolved_at ="
                + " EXCLUDED.resolved_at, reason = EXCLUDED.reason, version = EXCLUDED.version")
        .setParameter(2, f.orderId())
        .setParameter(3, f.rule().name())
        .setParameter(4, f.contractId())
        .setParameter(5, f.buyerOrg())
        .setParameter(6, f.providerOrg())
        .setParameter(7, f.status().name())
        .setParameter(8, args.build().toString())
        .setParameter(9, ts(f.raisedAt()))
        .setParameter(10, ts(f.evaluatedAt()))
        .setParameter(11, f.resolvedBy())
        .setParameter(12, f.resolvedActor())
        .setParameter(13, ts(f.resolvedAt()))
        .setParameter(14, f.reason())
        .setParameter(15, f.version())
        .executeUpdate();
  }

  @Override
  public List<OrderFlag> listFlags(
      String contractId, FlagStatus status, Instant afterAt, String afterId, int limit) {
    return rows(db.sql(
                "SELECT "
                    + FLAG_COLUMNS
                    + " FROM purchase_order_flag WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " AND (CAST(?3 AS text) IS NULL OR status = ?3)"
                    + " AND (CAST(?4 AS timestamptz) IS NULL OR (raised_at, order_id || ' ' ||"
                    + " rule) < (CAST(?4 AS timestamptz), ?5)) ORDER BY raised_at DESC, order_id"
                    + " || ' ' || rule DESC LIMIT ?6")
            .setParameter(2, contractId)
            .setParameter(3, status == null ? null : status.name())
            .setParameter(4, ts(afterAt))
            .setParameter(5, afterId)
            .setParameter(6, limit))
        .map(JpaPurchaseRepository::flag)
        .toList();
  }

  @Override
  public Set<String> ordersWithOpenFlags(Collection<String> orderIds) {
    if (orderIds.isEmpty()) {
      return Set.of();
    }
    Set<String> open = new HashSet<>();
    for (Object id :
        db.sql(
                "SELECT DISTINCT order_id FROM purchase_order_flag WHERE tenant_id = ?1 AND"
                    + " status = 'OPEN' AND order_id = ANY (CAST(?2 AS text[]))")
            .setParameter(2, "{" + String.join(",", orderIds) + "}")
            .getResultList()) {
      open.add((String) id);
    }
    return open;
  }

  @Override
  public List<String> overlappingVisits(ServiceOrder o) {
    return ids(
        db.sql(
                "SELECT id FROM purchase_order WHERE tenant_id = ?1 AND buyer_org = ?2 AND"
                    + " worker_person_id = ?3 AND id <> ?4 AND check_in_at IS NOT NULL AND"
                    + " check_out_at IS NOT NULL AND check_in_at < ?6 AND check_out_at > ?5"
                    + LIVE
                    + " ORDER BY check_in_at, id LIMIT 5")
            .setParameter(2, o.buyerOrg())
            .setParameter(3, o.workerPersonId())
            .setParameter(4, o.id())
            .setParameter(5, ts(o.checkIn().at()))
            .setParameter(6, ts(o.checkOut().at())));
  }

  @Override
  public List<String> duplicateOrders(ServiceOrder o) {
    return ids(
        db.sql(
                "SELECT id FROM purchase_order WHERE tenant_id = ?1 AND contract_id = ?2 AND"
                    + " resident_id = ?3 AND item_code = ?4 AND service_date = ?5 AND id <> ?6"
                    + LIVE
                    + " ORDER BY created_at, id LIMIT 5")
            .setParameter(2, o.contractId())
            .setParameter(3, o.residentId())
            .setParameter(4, o.itemCode())
            .setParameter(5, PurchaseSql.date(o.serviceDate()))
            .setParameter(6, o.id()));
  }

  @Override
  public List<String> ordersSharingPhotos(ServiceOrder o) {
    return ids(
        db.sql(
                "SELECT DISTINCT other.order_id FROM purchase_evidence mine JOIN purchase_evidence"
                    + " other ON other.tenant_id = mine.tenant_id AND other.kind = 'PHOTO' AND"
                    + " other.buyer_org = mine.buyer_org AND other.order_id <> mine.order_id AND"
                    // A function, not the #>> operator: the native query parser takes # and ?.
                    + " jsonb_extract_path_text(CAST(other.body AS jsonb), 'data', 'sha256') ="
                    + " jsonb_extract_path_text(CAST(mine.body AS jsonb), 'data', 'sha256')"
                    + " WHERE mine.tenant_id = ?1 AND mine.order_id = ?2 AND"
                    + " mine.kind = 'PHOTO' ORDER BY other.order_id LIMIT 5")
            .setParameter(2, o.id()));
  }

  @Override
  public long itemOrderRank(ServiceOrder o) {
    return ((Number)
            db.sql(
                    "SELECT count(*) FROM purchase_order WHERE tenant_id = ?1 AND contract_id = ?2"
                        + " AND item_code = ?3 AND (created_at, id) <= (?4, ?5)"
                        + LIVE)
                .setParameter(2, o.contractId())
                .setParameter(3, o.itemCode())
                .setParameter(4, ts(o.createdAt()))
                .setParameter(5, o.id())
                .getSingleResult())
        .longValue();
  }

  @Override
  public Optional<ServiceOrder> previousVisit(ServiceOrder o) {
    return rows(db.sql(
                "SELECT "
                    + ORDER_COLUMNS
                    + " FROM purchase_order WHERE tenant_id = ?1 AND buyer_org = ?2 AND"
                    + " worker_person_id = ?3 AND id <> ?4 AND check_out_at IS NOT NULL AND"
                    + " check_out_at <= ?5"
                    + LIVE
                    + " ORDER BY check_out_at DESC, id DESC LIMIT 1")
            .setParameter(2, o.buyerOrg())
            .setParameter(3, o.workerPersonId())
            .setParameter(4, o.id())
            .setParameter(5, ts(o.checkIn().at())))
        .map(JpaPurchaseRepository::order)
        .findFirst();
  }

  static OrderFlag flag(Object[] r) {
    List<String> args = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader((String) r[6]))) {
      reader.readArray().forEach(v -> args.add(((JsonString) v).getString()));
    }
    return new OrderFlag(
        (String) r[0],
        AnomalyRule.valueOf((String) r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        FlagStatus.valueOf((String) r[5]),
        args,
        instant(r[7]),
        instant(r[8]),
        (String) r[9],
        (String) r[10],
        instant(r[11]),
        (String) r[12],
        ((Number) r[13]).intValue());
  }
}
