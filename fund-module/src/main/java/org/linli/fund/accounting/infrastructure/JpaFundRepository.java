package org.linli.fund.accounting.infrastructure;

import static org.linli.fund.accounting.infrastructure.NativeSql.date;
import static org.linli.fund.accounting.infrastructure.NativeSql.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linli.fund.accounting.domain.Fund;
import org.linli.fund.accounting.domain.FundRepository;

@ApplicationScoped
public class JpaFundRepository implements FundRepository {
  private static final String COLUMNS =
      "id, name, purpose, restriction_purpose, restricted_until, budget, start_date, end_date,"
          + " status, ledger_account_id, created_by, created_at";

  @Inject NativeSql db;

  @Override
  public boolean add(Fund f) {
    return db.sql(
                "INSERT INTO accounting_fund (tenant_id, "
                    + COLUMNS
                    + ") VALUES (?1, ?2, ?3,"
                    + " ?4, ?5, ?6::date, ?7::bigint, ?8::date, ?9::date, ?10, ?11, ?12, ?13)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(2, f.id().toString())
            .setParameter(3, f.name())
            .setParameter(4, f.purpose())
            .setParameter(5, f.restrictionPurpose())
            .setParameter(6, date(f.restrictedUntil()))
            .setParameter(7, f.budget())
            .setParameter(8, date(f.startDate()))
            .setParameter(9, date(f.endDate()))
            .setParameter(10, f.status().name())
            .setParameter(11, f.ledgerAccountId())
            .setParameter(12, f.createdBy())
            .setParameter(13, NativeSql.ts(f.createdAt()))
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<Fund> find(UUID id) {
    return rows(db.sql(
                "SELECT " + COLUMNS + " FROM accounting_fund WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(2, id.toString()))
        .map(JpaFundRepository::fund)
        .findFirst();
  }

  @Override
  public List<Fund> list(String afterName, String afterId, int limit) {
    return rows(db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM accounting_fund WHERE tenant_id = ?1"
                    + " AND (name, id) > (?2, ?3) ORDER BY name, id LIMIT ?4")
            .setParameter(2, afterName == null ? "" : afterName)
            .setParameter(3, afterId == null ? "" : afterId)
            .setParameter(4, limit))
        .map(JpaFundRepository::fund)
        .toList();
  }

  private static Fund fund(Object[] r) {
    return new Fund(
        UUID.fromString((String) r[0]),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        date(r[4]),
        r[5] == null ? null : ((Number) r[5]).longValue(),
        date(r[6]),
        date(r[7]),
        Fund.Status.valueOf((String) r[8]),
        (String) r[9],
        (String) r[10],
        NativeSql.instant(r[11]));
  }
}
