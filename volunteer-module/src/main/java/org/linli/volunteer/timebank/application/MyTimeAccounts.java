package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * The signed-in person's time accounts in every organization, read through the database function
 * that returns only that person's accounts (no tenant is bound for /me requests).
 */
@ApplicationScoped
public class MyTimeAccounts {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject RequestContext requestContext;
  @Inject PersonRepository people;

  /**
   * One organization's accounts; balances in minutes. {@code dormant}: a reminder was sent and the
   * balance is still untouched since {@code dormantSince}.
   */
  public record Item(
      String org,
      String orgName,
      String volunteerId,
      long balanceMinutes,
      long donateOnlyMinutes,
      boolean dormant,
      LocalDate dormantSince,
      Instant remindedAt) {}

  @Transactional
  /** Mine in every organization (a handful), paged in memory by organization. */
  public Page<Item> list(PageRequest page) {
    return page.slice(all(), Item::org);
  }

  private List<Item> all() {
    String personId =
        people.findByLogin(requestContext.subject().orElseThrow()).map(p -> p.id()).orElse(null);
    if (personId == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT * FROM time_accounts_of_person(?1)")
            .setParameter(1, personId)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Item(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    Boolean.TRUE.equals(r[5]),
                    date(r[6]),
                    instant(r[7])))
        .toList();
  }

  private static LocalDate date(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
  }
}
