package org.linli.fund.disbursement.infrastructure;

import static org.linli.fund.disbursement.infrastructure.Sql.date;
import static org.linli.fund.disbursement.infrastructure.Sql.instant;
import static org.linli.fund.disbursement.infrastructure.Sql.rows;
import static org.linli.fund.disbursement.infrastructure.Sql.text;
import static org.linli.fund.disbursement.infrastructure.Sql.ts;
import static org.linli.fund.disbursement.infrastructure.Sql.uuid;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linli.fund.disbursement.domain.Approval;
import org.linli.fund.disbursement.domain.BackfillStatus;
import org.linli.fund.disbursement.domain.Beneficiary;
import org.linli.fund.disbursement.domain.Disbursement;
import org.linli.fund.disbursement.domain.DisbursementRepository;
import org.linli.fund.disbursement.domain.DisbursementStatus;
import org.linli.fund.disbursement.domain.Lane;
import org.linli.fund.disbursement.domain.RecoveryItem;

@ApplicationScoped
public class JpaDisbursementRepository implements DisbursementRepository {
  private static final String COLUMNS =
      "id, lane, fund_id, beneficiary_kind, beneficiary_name, beneficiary_id_type,"
          + " beneficiary_id_masked, beneficiary_id_cipher, beneficiary_key,"
          + " beneficiary_credit_code, purpose, cause, amount, evidence, status,"
          + " required_approvals, requested_by, requested_by_name, requested_at, created_at,"
          + " rejected_by, rejection_reason, rejected_at, paid_by, paid_at, paid_on,"
          + " bank_reference, voucher_id, voucher_number, backfill_status, backfill_due,"
          + " backfill_due_estimated, backfill_by, backfill_at, backfill_reason,"
          + " backfill_escalated_at";

  @Inject Sql db;

  @Override
  public void add(Disbursement d) {
    Beneficiary b = d.beneficiary();
    Query q =
        db.sql(
                "INSERT INTO disbursement (tenant_id, "
                    + COLUMNS
                    + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                    + " ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, CAST(?24 AS timestamptz), ?25,"
                    + " CAST(?26 AS timestamptz), CAST(?27 AS date), ?28, ?29, ?30, ?31,"
                    + " CAST(?32 AS date), CAST(?33 AS boolean), ?34, CAST(?35 AS timestamptz),"
                    + " ?36, CAST(?37 AS timestamptz))")
            .setParameter(2, d.id().toString())
            .setParameter(3, d.lane().name())
            .setParameter(4, d.fundId().toString())
            .setParameter(5, b.kind().name())
            .setParameter(6, b.name())
            .setParameter(7, b.idType())
            .setParameter(8, b.idMasked())
            .setParameter(9, b.idCipher())
            .setParameter(10, b.key())
            .setParameter(11, b.creditCode())
            .setParameter(12, d.purpose())
            .setParameter(13, d.cause())
            .setParameter(14, d.amount())
            .setParameter(15, evidenceJson(d.evidence()))
            .setParameter(17, d.requiredApprovals())
            .setParameter(18, d.requestedBy())
            .setParameter(19, d.requestedByName())
            .setParameter(20, ts(d.requestedAt()))
            .setParameter(21, ts(d.createdAt()));
    bindMutable(q, d, 16, 22).executeUpdate();
  }

  @Override
  public void update(Disbursement d) {
    Query q =
        db.sql(
                "UPDATE disbursement SET status = ?16, rejected_by = ?22, rejection_reason = ?23,"
                    + " rejected_at = CAST(?24 AS timestamptz), paid_by = ?25, paid_at = CAST(?26 AS timestamptz), paid_on = CAST(?27 AS date),"
                    + " bank_reference = ?28, voucher_id = ?29, voucher_number = ?30,"
                    + " backfill_status = ?31, backfill_due = CAST(?32 AS date), backfill_due_estimated = CAST(?33 AS boolean),"
                    + " backfill_by = ?34, backfill_at = CAST(?35 AS timestamptz), backfill_reason = ?36,"
                    + " backfill_escalated_at = CAST(?37 AS timestamptz) WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(2, d.id().toString());
    bindMutable(q, d, 16, 22).executeUpdate();
  }

  /** Binds status at {@code statusAt} and the 16 mutable columns from {@code from} on. */
  private static Query bindMutable(Query q, Disbursement d, int statusAt, int from) {
    q.setParameter(statusAt, d.status().name());
    var r = d.rejection();
    var p = d.payment();
    var bf = d.backfill();
    Object[] values = {
      r == null ? null : r.by(),
      r == null ? null : r.reason(),
      r == null ? null : ts(r.at()),
      p == null ? null : p.by(),
      p == null ? null : ts(p.at()),
      p == null ? null : date(p.paidOn()),
      p == null ? null : p.bankReference(),
      p == null ? null : text(p.voucherId()),
      p == null ? null : p.number(),
      bf == null ? null : bf.status().name(),
      bf == null ? null : date(bf.due()),
      bf == null ? null : bf.dueEstimated(),
      bf == null ? null : bf.by(),
      bf == null ? null : ts(bf.at()),
      bf == null ? null : bf.reason(),
      bf == null ? null : ts(bf.escalatedAt())
    };
    for (int i = 0; i < values.length; i++) {
      q.setParameter(from + i, values[i]);
    }
    return q;
  }

  @Override
  public void addApproval(UUID disbursementId, Approval a) {
    db.sql(
            "INSERT INTO disbursement_approval (tenant_id, disbursement_id, approver_id,"
                + " approver_name, approved_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(2, disbursementId.toString())
        .setParameter(3, a.approverId())
        .setParameter(4, a.approverName())
        .setParameter(5, ts(a.approvedAt()))
        .executeUpdate();
  }

  @Override
  public Optional<Disbursement> find(UUID id) {
    return one(id, "");
  }

  @Override
  public Optional<Disbursement> lock(UUID id) {
    return one(id, " FOR UPDATE");
  }

  private Optional<Disbursement> one(UUID id, String suffix) {
    List<Object[]> found =
        rows(db.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM disbursement WHERE tenant_id = ?1 AND id = ?2"
                        + suffix)
                .setParameter(2, id.toString()))
            .toList();
    return found.isEmpty() ? Optional.empty() : Optional.of(withApprovals(found).get(0));
  }

  @Override
  public List<Disbursement> list(
      DisbursementStatus status, Lane lane, Instant afterCreatedAt, String afterId, int limit) {
    Query q =
        db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM disbursement WHERE tenant_id = ?1"
                    + " AND (CAST(?2 AS text) IS NULL OR status = ?2) AND (CAST(?3 AS text) IS NULL OR lane = ?3)"
                    + " AND (CAST(?4 AS timestamptz) IS NULL OR (created_at, id) < (CAST(?4 AS timestamptz), ?5))"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?6")
            .setParameter(2, status == null ? null : status.name())
            .setParameter(3, lane == null ? null : lane.name())
            .setParameter(4, ts(afterCreatedAt))
            .setParameter(5, afterId == null ? "" : afterId)
            .setParameter(6, limit);
    return withApprovals(rows(q).toList());
  }

  @Override
  public List<Disbursement> overdueBackfills(
      LocalDate today, LocalDate afterDue, String afterId, int limit) {
    Query q =
        db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM disbursement WHERE tenant_id = ?1 AND backfill_status = 'PENDING'"
                    + " AND backfill_due < ?2"
                    + " AND (CAST(?3 AS date) IS NULL OR (backfill_due, id) > (CAST(?3 AS date), ?4))"
                    + " ORDER BY backfill_due, id LIMIT ?5")
            .setParameter(2, date(today))
            .setParameter(3, date(afterDue))
            .setParameter(4, afterId == null ? "" : afterId)
            .setParameter(5, limit);
    return withApprovals(rows(q).toList());
  }

  @Override
  public List<Disbursement> fastCases(Instant from, Instant to) {
    Query q =
        db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM disbursement WHERE tenant_id = ?1 AND lane = 'FAST'"
                    + " AND paid_at >= ?2 AND paid_at < ?3 ORDER BY paid_at, id")
            .setParameter(2, ts(from))
            .setParameter(3, ts(to));
    return withApprovals(rows(q).toList());
  }

  @Override
  public long fastPaidTo(String beneficiaryKey, String cause, int year) {
    Object sum =
        db.sql(
                "SELECT COALESCE(SUM(amount), 0) FROM disbursement WHERE tenant_id = ?1"
                    + " AND lane = 'FAST' AND beneficiary_key = ?2 AND cause = ?3"
                    + " AND paid_on >= ?4 AND paid_on < ?5")
            .setParameter(2, beneficiaryKey)
            .setParameter(3, cause)
            .setParameter(4, date(LocalDate.of(year, 1, 1)))
            .setParameter(5, date(LocalDate.of(year + 1, 1, 1)))
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  @Override
  public boolean markEscalated(UUID id, Instant at) {
    return db.sql(
                "UPDATE disbursement SET backfill_escalated_at = ?3 WHERE tenant_id = ?1"
                    + " AND id = ?2 AND backfill_escalated_at IS NULL")
            .setParameter(2, id.toString())
            .setParameter(3, ts(at))
            .executeUpdate()
        == 1;
  }

  @Override
  public void addRecovery(RecoveryItem item) {
    db.sql(
            "INSERT INTO disbursement_recovery (tenant_id, id, disbursement_id, amount, reason,"
                + " status, opened_by, opened_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(2, item.id().toString())
        .setParameter(3, item.disbursementId().toString())
        .setParameter(4, item.amount())
        .setParameter(5, item.reason())
        .setParameter(6, item.status().name())
        .setParameter(7, item.openedBy())
        .setParameter(8, ts(item.openedAt()))
        .executeUpdate();
  }

  @Override
  public List<RecoveryItem> recoveries(Instant afterOpenedAt, String afterId, int limit) {
    return rows(db.sql(
                "SELECT id, disbursement_id, amount, reason, status, opened_by, opened_at"
                    + " FROM disbursement_recovery WHERE tenant_id = ?1"
                    + " AND (CAST(?2 AS timestamptz) IS NULL OR (opened_at, id) < (CAST(?2 AS timestamptz), ?3))"
                    + " ORDER BY opened_at DESC, id DESC LIMIT ?4")
            .setParameter(2, ts(afterOpenedAt))
            .setParameter(3, afterId == null ? "" : afterId)
            .setParameter(4, limit))
        .map(
            r ->
                new RecoveryItem(
                    uuid(r[0]),
                    uuid(r[1]),
                    ((Number) r[2]).longValue(),
                    (String) r[3],
                    RecoveryItem.Status.valueOf((String) r[4]),
                    (String) r[5],
                    instant(r[6])))
        .toList();
  }

  private List<Disbursement> withApprovals(List<Object[]> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    List<String> ids = found.stream().map(r -> (String) r[0]).toList();
    Map<String, List<Approval>> approvals =
        rows(db.sql(
                    "SELECT disbursement_id, approver_id, approver_name, approved_at"
                        + " FROM disbursement_approval WHERE tenant_id = ?1"
                        + " AND disbursement_id = ANY (string_to_array(?2, ','))"
                        + " ORDER BY approved_at, approver_id")
                .setParameter(2, String.join(",", ids)))
            .collect(
                Collectors.groupingBy(
                    r -> (String) r[0],
                    Collectors.mapping(
                        r -> new Approval((String) r[1], (String) r[2], instant(r[3])),
                        Collectors.toList())));
    List<Disbursement> out = new ArrayList<>();
    for (Object[] r : found) {
      out.add(disbursement(r, approvals.getOrDefault((String) r[0], List.of())));
    }
    return out;
  }

  private static Disbursement disbursement(Object[] r, List<Approval> approvals) {
    Beneficiary b =
        new Beneficiary(
            Beneficiary.Kind.valueOf((String) r[3]),
            (String) r[4],
            (String) r[5],
            (String) r[6],
            (String) r[7],
            (String) r[8],
            (String) r[9]);
    Disbursement.Rejection rejection =
        r[21] == null
            ? null
            : new Disbursement.Rejection((String) r[20], (String) r[21], instant(r[22]));
    Disbursement.Payment payment =
        r[27] == null
            ? null
            : new Disbursement.Payment(
                (String) r[23],
                instant(r[24]),
                date(r[25]),
                (String) r[26],
                uuid(r[27]),
                (String) r[28]);
    Disbursement.Backfill backfill =
        r[29] == null
            ? null
            : new Disbursement.Backfill(
                BackfillStatus.valueOf((String) r[29]),
                date(r[30]),
                Boolean.TRUE.equals(r[31]),
                (String) r[32],
                instant(r[33]),
                (String) r[34],
                instant(r[35]));
    return new Disbursement(
        uuid(r[0]),
        Lane.valueOf((String) r[1]),
        uuid(r[2]),
        b,
        (String) r[10],
        (String) r[11],
        ((Number) r[12]).longValue(),
        evidence((String) r[13]),
        ((Number) r[15]).intValue(),
        (String) r[16],
        (String) r[17],
        instant(r[18]),
        instant(r[19]),
        approvals,
        DisbursementStatus.valueOf((String) r[14]),
        rejection,
        payment,
        backfill);
  }

  private static String evidenceJson(List<String> evidence) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    evidence.forEach(a::add);
    return a.build().toString();
  }

  private static List<String> evidence(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }
}
