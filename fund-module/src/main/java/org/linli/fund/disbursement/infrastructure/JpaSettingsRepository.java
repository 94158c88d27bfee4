package org.linli.fund.disbursement.infrastructure;

import static org.linli.fund.disbursement.infrastructure.Sql.instant;
import static org.linli.fund.disbursement.infrastructure.Sql.numOrNull;
import static org.linli.fund.disbursement.infrastructure.Sql.rows;
import static org.linli.fund.disbursement.infrastructure.Sql.text;
import static org.linli.fund.disbursement.infrastructure.Sql.ts;
import static org.linli.fund.disbursement.infrastructure.Sql.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.linli.fund.disbursement.domain.DisbursementSettings;
import org.linli.fund.disbursement.domain.SettingsRepository;

@ApplicationScoped
public class JpaSettingsRepository implements SettingsRepository {
  @Inject Sql db;

  @Override
  public Optional<DisbursementSettings> current() {
    return rows(db.sql(
            "SELECT version, single_approver_limit, fast_fund_id, fast_case_cap,"
                + " fast_yearly_limit, backfill_working_days, updated_by, updated_at"
                + " FROM disbursement_settings WHERE tenant_id = ?1"
                + " ORDER BY version DESC LIMIT 1"))
        .map(
            r ->
                new DisbursementSettings(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    uuid(r[2]),
                    numOrNull(r[3]),
                    numOrNull(r[4]),
                    ((Number) r[5]).intValue(),
                    (String) r[6],
                    instant(r[7])))
        .findFirst();
  }

  @Override
  public boolean add(DisbursementSettings s) {
    return db.sql(
                "INSERT INTO disbursement_settings (tenant_id, version, single_approver_limit,"
                    + " fast_fund_id, fast_case_cap, fast_yearly_limit, backfill_working_days,"
                    + " updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS bigint), CAST(?6 AS bigint), ?7, ?8, ?9)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(2, s.version())
            .setParameter(3, s.singleApproverLimit())
            .setParameter(4, text(s.fastFundId()))
            .setParameter(5, s.fastCaseCap())
            .setParameter(6, s.fastYearlyLimit())
            .setParameter(7, s.backfillWorkingDays())
            .setParameter(8, s.updatedBy())
            .setParameter(9, ts(s.updatedAt()))
            .executeUpdate()
        == 1;
  }

  @Override
  public void lockForFastLane() {
    // A transaction-scoped advisory lock per organization: fast-lane limit checks (sum, then
    // insert) of one organization run one at a time; other organizations are not blocked.
    db.sql("SELECT pg_advisory_xact_lock(hashtext(?1 || ':disbursement-fast-lane'))")
        .getSingleResult();
  }
}
