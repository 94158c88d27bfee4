package org.linli.fund.accounting.infrastructure;

import static org.linli.fund.accounting.infrastructure.NativeSql.date;
import static org.linli.fund.accounting.infrastructure.NativeSql.num;
import static org.linli.fund.accounting.infrastructure.NativeSql.rows;
import static org.linli.fund.accounting.infrastructure.NativeSql.text;
import static org.linli.fund.accounting.infrastructure.NativeSql.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linli.fund.accounting.domain.Voucher;
import org.linli.fund.accounting.domain.VoucherRepository;

@ApplicationScoped
public class JpaVoucherRepository implements VoucherRepository {
  private static final String COLUMNS =
      "v.id, v.voucher_date, v.summary, v.source, v.source_id, v.status, v.number, v.attachments,"
          + " v.made_by, v.approved_by, v.reverses_id, v.created_at, v.posted_at";

  @Inject NativeSql db;

  @Override
  public void add(Voucher v) {
    db.sql(
            "INSERT INTO accounting_voucher (tenant_id, id, period, number, voucher_date, summary,"
                + " source, source_id, status, attachments, made_by, approved_by, reverses_id,"
                + " content_hash, created_at, posted_at) VALUES (?1, ?2, ?3, ?4::int, ?5, ?6, ?7, ?8,"
                // Nullable typed parameters are cast: a null is bound as text otherwise.
                + " ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16::timestamptz)")
        .setParameter(2, v.id().toString())
        .setParameter(3, v.period())
        .setParameter(4, v.number())
        .setParameter(5, date(v.date()))
        .setParameter(6, v.summary())
        .setParameter(7, v.source())
        .setParameter(8, text(v.sourceId()))
        .setParameter(9, v.status().name())
        .setParameter(10, v.attachments())
        .setParameter(11, v.madeBy())
        .setParameter(12, v.approvedBy())
        .setParameter(13, text(v.reversesId()))
        .setParameter(14, v.contentHash())
        .setParameter(15, NativeSql.ts(v.createdAt()))
        .setParameter(16, NativeSql.ts(v.postedAt()))
        .executeUpdate();
    int n = 0;
    for (Voucher.Line l : v.lines()) {
      db.sql(
              "INSERT INTO accounting_voucher_line (tenant_id, voucher_id, line_no, account_code,"
                  + " account_name, debit, credit, fund_id, department, summary)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
          .setParameter(2, v.id().toString())
          .setParameter(3, ++n)
          .setParameter(4, l.accountCode())
          .setParameter(5, l.accountName())
          .setParameter(6, l.debit())
          .setParameter(7, l.credit())
          .setParameter(8, text(l.fundId()))
          .setParameter(9, l.department())
          .setParameter(10, l.summary())
          .executeUpdate();
    }
  }

  @Override
  public void markPosted(Voucher v) {
    db.sql(
            "UPDATE accounting_voucher SET status = 'POSTED', number = ?3, posted_at = ?4,"
                + " approved_by = ?5 WHERE tenant_id = ?1 AND id = ?2 AND status = 'DRAFT'")
        .setParameter(2, v.id().toString())
        .setParameter(3, v.number())
        .setParameter(4, NativeSql.ts(v.postedAt()))
        .setParameter(5, v.approvedBy())
        .executeUpdate();
  }

  @Override
  public void markApproved(Voucher v) {
    db.sql("UPDATE accounting_voucher SET approved_by = ?3 WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, v.id().toString())
        .setParameter(3, v.approvedBy())
        .executeUpdate();
  }

  @Override
  public Optional<Voucher> find(UUID id) {
    return load(
        "SELECT "
            + COLUMNS
            + " FROM accounting_voucher v WHERE v.tenant_id = ?1"
            + " AND v.id = ?2",
        id);
  }

  @Override
  public Optional<Voucher> lock(UUID id) {
    return load(
        "SELECT "
            + COLUMNS
            + " FROM accounting_voucher v WHERE v.tenant_id = ?1"
            + " AND v.id = ?2 FOR UPDATE",
        id);
  }

  private Optional<Voucher> load(String statement, UUID id) {
    List<Object[]> found = rows(db.sql(statement).setParameter(2, id.toString())).toList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(voucher(found.get(0), lines(List.of(id.toString())).get(id.toString())));
  }

  @Override
  public Optional<String> contentHash(UUID id) {
    return db.sql("SELECT content_hash FROM accounting_voucher WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, id.toString())
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  @Override
  public Optional<UUID> reversalOf(UUID id) {
    return db.sql("SELECT id FROM accounting_voucher WHERE tenant_id = ?1 AND reverses_id = ?2")
        .setParameter(2, id.toString())
        .getResultStream()
        .findFirst()
        .map(NativeSql::uuid);
  }

  @Override
  public int nextNumber(String period) {
    // The upsert locks the counter row until commit: concurrent postings of one period queue here.
    Object n =
        db.sql(
                "INSERT INTO accounting_voucher_counter AS c (tenant_id, period, last_no)"
                    + " VALUES (?1, ?2, 1) ON CONFLICT (tenant_id, period)"
                    + " DO UPDATE SET last_no = c.last_no + 1 RETURNING c.last_no")
            .setParameter(2, period)
            .getSingleResult();
    return ((Number) n).intValue();
  }

  @Override
  public List<Voucher> list(
      LocalDate from,
      LocalDate to,
      Voucher.Status status,
      LocalDate afterDate,
      String afterId,
      int limit) {
    var q =
        db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM accounting_voucher v WHERE v.tenant_id = ?1"
                    + " AND v.voucher_date BETWEEN ?2 AND ?3"
                    + (status == null ? "" : " AND v.status = ?4")
                    + (afterDate == null ? "" : " AND (v.voucher_date, v.id) < (?5, ?6)")
                    // Newest first.
                    + " ORDER BY v.voucher_date DESC, v.id DESC LIMIT ?7")
            .setParameter(2, date(from == null ? LocalDate.of(1900, 1, 1) : from))
            .setParameter(3, date(to == null ? LocalDate.of(9999, 12, 31) : to))
            .setParameter(7, limit);
    if (status != null) {
      q.setParameter(4, status.name());
    }
    if (afterDate != null) {
      q.setParameter(5, date(afterDate)).setParameter(6, afterId);
    }
    List<Object[]> heads = rows(q).toList();
    Map<String, List<Voucher.Line>> lines = lines(heads.stream().map(h -> (String) h[0]).toList());
    return heads.stream().map(h -> voucher(h, lines.get((String) h[0]))).toList();
  }

  @Override
  public List<PostingLine> fundCharges(UUID fundId, int limit) {
    return rows(db.sql(
                "SELECT v.id, v.number, v.voucher_date, l.account_code, l.account_name,"
                    + " l.debit, l.credit, l.fund_id, coalesce(l.summary, v.summary), v.source,"
                    + " v.source_id, v.period FROM accounting_voucher_line l"
                    + " JOIN accounting_voucher v ON v.tenant_id = l.tenant_id AND v.id = l.voucher_id"
                    + " WHERE l.tenant_id = ?1 AND l.fund_id = ?2 AND v.status = 'POSTED'"
                    + " AND l.account_code LIKE '5%'"
                    + " ORDER BY v.voucher_date, v.period, v.number, l.line_no LIMIT ?3")
            .setParameter(2, fundId.toString())
            .setParameter(3, limit))
        .map(
            r ->
                new PostingLine(
                    uuid(r[0]),
                    "记-%04d".formatted(((Number) r[1]).intValue()),
                    date(r[2]),
                    (String) r[3],
                    (String) r[4],
                    num(r[5]),
                    num(r[6]),
                    uuid(r[7]),
                    (String) r[8],
                    (String) r[9],
                    uuid(r[10])))
        .toList();
  }

  private Map<String, List<Voucher.Line>> lines(List<String> voucherIds) {
    Map<String, List<Voucher.Line>> byVoucher = new HashMap<>();
    if (voucherIds.isEmpty()) {
      return byVoucher;
    }
    rows(db.sql(
                "SELECT voucher_id, account_code, account_name, debit, credit, fund_id, department,"
                    + " summary FROM accounting_voucher_line WHERE tenant_id = ?1"
                    + " AND voucher_id = ANY (string_to_array(?2, ',')) ORDER BY voucher_id, line_no")
            .setParameter(2, String.join(",", voucherIds)))
        .forEach(
            r ->
                byVoucher
                    .computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(
                        new Voucher.Line(
                            (String) r[1],
                            (String) r[2],
                            num(r[3]),
                            num(r[4]),
                            uuid(r[5]),
                            (String) r[6],
                            (String) r[7])));
    return byVoucher;
  }

  private static Voucher voucher(Object[] r, List<Voucher.Line> lines) {
    return new Voucher(
        uuid(r[0]),
        date(r[1]),
        (String) r[2],
        (String) r[3],
        uuid(r[4]),
        Voucher.Status.valueOf((String) r[5]),
        r[6] == null ? null : ((Number) r[6]).intValue(),
        ((Number) r[7]).intValue(),
        (String) r[8],
        (String) r[9],
        uuid(r[10]),
        lines == null ? List.of() : lines,
        NativeSql.instant(r[11]),
        NativeSql.instant(r[12]));
  }
}
