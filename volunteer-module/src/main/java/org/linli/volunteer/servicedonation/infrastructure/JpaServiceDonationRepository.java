package org.linli.volunteer.servicedonation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.servicedonation.domain.ServiceDonationMode;
import org.linli.volunteer.servicedonation.domain.ServiceDonationRepository;
import org.linli.volunteer.servicedonation.domain.ServiceDonationRun;
import org.linli.volunteer.servicedonation.domain.ServiceDonationSettings;
import org.linli.volunteer.servicedonation.domain.ValuedRecord;

/**
 * Native statements with the transaction's tenant as parameter 1 (row level security checks it).
 */
@ApplicationScoped
public class JpaServiceDonationRepository implements ServiceDonationRepository {
  private static final String RUN_COLUMNS =
      "id, month, mode, voucher_id, voucher_period, voucher_number, voucher_date, rate_fen_per_hour,"
          + " record_count, minutes, amount_fen, reversed_count, reversed_minutes, reversed_fen,"
          + " run_by, run_at";

  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  private Query sql(String statement) {
    return em.createNativeQuery(statement)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }

  @Override
  public Optional<ServiceDonationSettings> currentSettings() {
    return rows(
            sql(
                "SELECT version, rate_fen_per_hour, mode, updated_by, updated_at"
                    + " FROM service_donation_settings WHERE tenant_id = ?1"
                    + " ORDER BY version DESC LIMIT 1"))
        .stream()
        .map(
            r -> {
              long version = ((Number) r[0]).longValue();
              return new ServiceDonationSettings(
                  version,
                  ((Number) r[1]).longValue(),
                  categoryRates(version),
                  ServiceDonationMode.valueOf((String) r[2]),
                  (String) r[3],
                  ((Timestamp) r[4]).toInstant());
            })
        .findFirst();
  }

  private List<ServiceDonationSettings.CategoryRate> categoryRates(long version) {
    return rows(
            sql("SELECT category, rate_fen_per_hour FROM service_donation_category_rate"
                    + " WHERE tenant_id = ?1 AND version = ?2 ORDER BY position")
                .setParameter(2, version))
        .stream()
        .map(
            r ->
                new ServiceDonationSettings.CategoryRate(
                    (String) r[0], ((Number) r[1]).longValue()))
        .toList();
  }

  @Override
  public boolean addSettings(ServiceDonationSettings s) {
    boolean added =
        sql("INSERT INTO service_donation_settings (tenant_id, version, rate_fen_per_hour,"
                    + " mode, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                    + " ON CONFLICT DO NOTHING")
                .setParameter(2, s.version())
                .setParameter(3, s.rateFenPerHour())
                .setParameter(4, s.mode().name())
                .setParameter(5, s.updatedBy())
                .setParameter(6, Timestamp.from(s.updatedAt()))
                .executeUpdate()
            == 1;
    if (!added) {
      return false;
    }
    int position = 0;
    for (ServiceDonationSettings.CategoryRate r : s.categoryRates()) {
      sql("INSERT INTO service_donation_category_rate (tenant_id, version, position, category,"
              + " rate_fen_per_hour) VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(2, s.version())
          .setParameter(3, position++)
          .setParameter(4, r.category())
          .setParameter(5, r.rateFenPerHour())
          .executeUpdate();
    }
    return true;
  }

  @Override
  public void lockRuns() {
    sql("SELECT pg_advisory_xact_lock(hashtext(?1 || ':service-donation-runs'))").getSingleResult();
  }

  @Override
  public List<Unvalued> approvedWithoutEntry(YearMonth month) {
    return rows(
            sql("SELECT r.id, r.minutes, a.service_category FROM service_record r"
                    + " LEFT JOIN activity a ON a.tenant_id = r.tenant_id AND a.id = r.activity_id"
                    + " WHERE r.tenant_id = ?1"
                    + " AND r.status = 'APPROVED' AND r.service_date >= ?2 AND r.service_date <= ?3"
                    + " AND NOT EXISTS (SELECT 1 FROM service_donation_entry e"
                    + " WHERE e.tenant_id = r.tenant_id AND e.record_id = r.id)"
                    + " ORDER BY r.service_date, r.id")
                .setParameter(2, Date.valueOf(month.atDay(1)))
                .setParameter(3, Date.valueOf(month.atEndOfMonth())))
        .stream()
        .map(r -> new Unvalued((String) r[0], ((Number) r[1]).intValue(), (String) r[2]))
        .toList();
  }

  @Override
  public List<ValuedRecord> bookedButNoLongerApproved(YearMonth month) {
    return rows(
            sql("SELECT e.record_id, e.category, e.minutes, e.rate_fen_per_hour, e.amount_fen,"
                    + " e.mode"
                    + " FROM service_donation_entry e JOIN service_record r"
                    + " ON r.tenant_id = e.tenant_id AND r.id = e.record_id"
                    + " WHERE e.tenant_id = ?1 AND e.service_month = ?2"
                    + " AND e.reversed_run_id IS NULL AND r.status <> 'APPROVED'"
                    + " ORDER BY e.record_id")
                .setParameter(2, month.toString()))
        .stream()
        .map(
            r ->
                new ValuedRecord(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).intValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ServiceDonationMode.valueOf((String) r[5])))
        .toList();
  }

  @Override
  public void addRun(ServiceDonationRun run) {
    sql("INSERT INTO service_donation_run (tenant_id, "
            + RUN_COLUMNS
            + ") VALUES (?1, ?2, ?3, ?17, CAST(?4 AS text), CAST(?5 AS text), CAST(?6 AS text),"
            + " CAST(?7 AS date), ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
        .setParameter(2, run.id())
        .setParameter(3, run.month())
        .setParameter(4, run.voucherId())
        .setParameter(5, run.voucherPeriod())
        .setParameter(6, run.voucherNumber())
        .setParameter(7, run.voucherDate() == null ? null : Date.valueOf(run.voucherDate()))
        .setParameter(8, run.rateFenPerHour())
        .setParameter(9, run.recordCount())
        .setParameter(10, run.minutes())
        .setParameter(11, run.amountFen())
        .setParameter(12, run.reversedCount())
        .setParameter(13, run.reversedMinutes())
        .setParameter(14, run.reversedFen())
        .setParameter(15, run.runBy())
        .setParameter(16, Timestamp.from(run.runAt()))
        .setParameter(17, run.mode().name())
        .executeUpdate();
  }

  @Override
  public void addEntries(String runId, YearMonth month, List<ValuedRecord> entries) {
    for (ValuedRecord e : entries) {
      sql("INSERT INTO service_donation_entry (tenant_id, record_id, run_id, service_month,"
              + " minutes, rate_fen_per_hour, amount_fen, category, mode)"
              + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS text), ?9)")
          .setParameter(2, e.recordId())
          .setParameter(3, runId)
          .setParameter(4, month.toString())
          .setParameter(5, e.minutes())
          .setParameter(6, e.rateFenPerHour())
          .setParameter(7, e.amountFen())
          .setParameter(8, e.category())
          .setParameter(9, e.mode().name())
          .executeUpdate();
    }
  }

  @Override
  public void markReversed(String runId, List<ValuedRecord> entries) {
    for (ValuedRecord e : entries) {
      int n =
          sql("UPDATE service_donation_entry SET reversed_run_id = ?2 WHERE tenant_id = ?1"
                  + " AND record_id = ?3 AND reversed_run_id IS NULL")
              .setParameter(2, runId)
              .setParameter(3, e.recordId())
              .executeUpdate();
      if (n != 1) {
        throw new IllegalStateException("entry reversed concurrently: " + e.recordId());
      }
    }
  }

  @Override
  public Page<ServiceDonationRun> runs(YearMonth month, PageRequest page) {
    PageRequest.After<Instant> after = page.afterInstantAndId();
    StringBuilder q =
        new StringBuilder(
            "SELECT " + RUN_COLUMNS + " FROM service_donation_run WHERE tenant_id = ?1");
    if (month != null) {
      q.append(" AND month = ?2");
    }
    if (after != null) {
      q.append(" AND (run_at, id) < (?3, ?4)");
    }
    q.append(" ORDER BY run_at DESC, id DESC LIMIT ?5");
    Query query = sql(q.toString()).setParameter(5, page.limit() + 1);
    if (month != null) {
      query.setParameter(2, month.toString());
    }
    if (after != null) {
      query.setParameter(3, Timestamp.from(after.value())).setParameter(4, after.id());
    }
    List<ServiceDonationRun> fetched =
        rows(query).stream().map(JpaServiceDonationRepository::run).toList();
    return page.page(fetched, r -> PageRequest.key(r.runAt(), r.id()));
  }

  private static ServiceDonationRun run(Object[] r) {
    return new ServiceDonationRun(
        (String) r[0],
        (String) r[1],
        ServiceDonationMode.valueOf((String) r[2]),
        (String) r[3],
        (String) r[4],
        (String) r[5],
        r[6] == null ? null : ((Date) r[6]).toLocalDate(),
        ((Number) r[7]).longValue(),
        ((Number) r[8]).intValue(),
        ((Number) r[9]).longValue(),
        ((Number) r[10]).longValue(),
        ((Number) r[11]).intValue(),
        ((Number) r[12]).longValue(),
        ((Number) r[13]).longValue(),
        (String) r[14],
        ((Timestamp) r[15]).toInstant());
  }
}
