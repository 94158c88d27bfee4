package org.linli.fund.purchase.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Native statements with the transaction's tenant bound as parameter 1; row level security checks
 * it again.
 */
@ApplicationScoped
public class PurchaseSql {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  Query sql(String statement) {
    return em.createNativeQuery(statement)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }

  String tenant() {
    return tenantSession.current().value();
  }

  @SuppressWarnings("unchecked")
  static Stream<Object[]> rows(Query q) {
    return ((List<Object[]>) q.getResultList()).stream();
  }

  /** The single text column of each row, in order. */
  static List<String> ids(Query q) {
    List<String> out = new ArrayList<>();
    for (Object id : q.getResultList()) {
      out.add((String) id);
    }
    return out;
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

  static BigDecimal dec(Object o) {
    return o == null ? null : new BigDecimal(o.toString());
  }

  static Integer intOrNull(Object o) {
    return o == null ? null : ((Number) o).intValue();
  }
}
