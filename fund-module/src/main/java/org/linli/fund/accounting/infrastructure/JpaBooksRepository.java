package org.linli.fund.accounting.infrastructure;

import static org.linli.fund.accounting.infrastructure.NativeSql.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linli.fund.accounting.domain.AccountCategory;
import org.linli.fund.accounting.domain.BooksRepository;
import org.linli.fund.accounting.domain.ChartAccount;
import org.linli.fund.accounting.domain.ChartVersion;

@ApplicationScoped
public class JpaBooksRepository implements BooksRepository {
  private static final String COLUMNS =
      "code, name, parent_code, category, side, restricted, standard";

  @Inject NativeSql db;

  @Override
  public Optional<ChartVersion> version() {
    return db.sql("SELECT chart_version FROM accounting_books WHERE tenant_id = ?1")
        .getResultStream()
        .findFirst()
        .flatMap(v -> ChartVersion.fromCode((String) v));
  }

  @Override
  public boolean open(ChartVersion version, Instant at) {
    return db.sql(
                "INSERT INTO accounting_books (tenant_id, chart_version, opened_at)"
                    + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
            .setParameter(2, version.code())
            .setParameter(3, NativeSql.ts(at))
            .executeUpdate()
        == 1;
  }

  @Override
  public void addAccount(ChartAccount a, Instant at) {
    db.sql(
            "INSERT INTO accounting_account (tenant_id, "
                + COLUMNS
                + ", created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(2, a.code())
        .setParameter(3, a.name())
        .setParameter(4, a.parentCode())
        .setParameter(5, a.category().name())
        .setParameter(6, a.side().name())
        .setParameter(7, a.restricted())
        .setParameter(8, a.standard())
        .setParameter(9, NativeSql.ts(at))
        .executeUpdate();
  }

  @Override
  public Optional<ChartAccount> account(String code) {
    return rows(db.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM accounting_account WHERE tenant_id = ?1"
                    + " AND code = ?2")
            .setParameter(2, code))
        .map(JpaBooksRepository::account)
        .findFirst();
  }

  @Override
  public List<ChartAccount> chart() {
    return rows(db.sql(
            "SELECT "
                + COLUMNS
                + " FROM accounting_account WHERE tenant_id = ?1"
                + " ORDER BY code"))
        .map(JpaBooksRepository::account)
        .toList();
  }

  @Override
  public boolean hasChildren(String code) {
    return !db.sql(
            "SELECT 1 FROM accounting_account WHERE tenant_id = ?1 AND parent_code = ?2"
                + " LIMIT 1")
        .setParameter(2, code)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean hasLines(String code) {
    return !db.sql(
            "SELECT 1 FROM accounting_voucher_line WHERE tenant_id = ?1"
                + " AND account_code = ?2 LIMIT 1")
        .setParameter(2, code)
        .getResultList()
        .isEmpty();
  }

  private static ChartAccount account(Object[] r) {
    return new ChartAccount(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        AccountCategory.valueOf((String) r[3]),
        AccountCategory.Side.valueOf((String) r[4]),
        (Boolean) r[5],
        (Boolean) r[6]);
  }
}
