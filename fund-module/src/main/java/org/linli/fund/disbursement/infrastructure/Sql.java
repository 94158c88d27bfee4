package org.linli.fund.disbursement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Native statements with the transaction's tenant bound as parameter 1; row level security checks
 * it again, so a statement that forgot the tenant would still see only its own rows.
 */
@ApplicationScoped
public class Sql {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  public Query sql(String statement) {
    return em.createNativeQuery(statement)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }

  public String tenant() {
    return tenantSession.current().value();
  }

  @SuppressWarnings("unchecked")
  static Stream<Object[]> rows(Query q) {
    return ((List<Object[]>) q.getResultList()).stream();
  }

  static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  static LocalDate date(Object o) {
    return o == null ? null : ((Date) o).toLocalDate();
  }

  static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  static Instant instant(Object o) {
    return o == null ? null : ((Timestamp) o).toInstant();
  }

  static String text(Object id) {
    return id == null ? null : id.toString();
  }

  static UUID uuid(Object o) {
    return o == null ? null : UUID.fromString((String) o);
  }

  static Long numOrNull(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }
}
