package org.linli.volunteer.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * A person's own records across organizations (Art. 12: volunteers may look up their records), read
 * through the database function that returns only that person's rows.
 */
@ApplicationScoped
public class MyServiceRecords {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject RequestContext requestContext;
  @Inject PersonRepository people;

  @Inject StarLevels starLevels;

  public record Item(
      String org,
      String orgName,
      String id,
      String activityName,
      LocalDate serviceDate,
      String location,
      String content,
      int minutes,
      String organizer,
      String responsiblePerson,
      String status) {}

  public record Summary(long approvedMinutes, int stars, List<Item> records) {}

  @Transactional
  public Summary summary() {
    String personId =
        people.findByLogin(requestContext.subject().orElseThrow()).map(p -> p.id()).orElse(null);
    if (personId == null) {
      return new Summary(0, 0, List.of());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT * FROM service_records_of_person(?1)")
            .setParameter(1, personId)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    List<Item> items =
        rows.stream()
            .map(
                r ->
                    new Item(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Date) r[4]).toLocalDate(),
                        (String) r[5],
                        (String) r[6],
                        ((Number) r[7]).intValue(),
                        (String) r[8],
                        (String) r[9],
                        (String) r[10]))
            .toList();
    long approved =
        items.stream().filter(i -> "APPROVED".equals(i.status())).mapToLong(Item::minutes).sum();
    return new Summary(approved, starLevels.platformDefault().starsFor(approved), items);
  }
}
