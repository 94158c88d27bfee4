package org.linli.volunteer.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * The signed-in person's live sign-ups in every organization (made by themselves or by staff for
 * them), read through the database function that returns only that person's rows.
 */
@ApplicationScoped
public class MySignups {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject RequestContext requestContext;
  @Inject PersonRepository people;

  /** Which shifts: not yet ended (soonest first), ended (latest first), or all (soonest first). */
  public enum When {
    UPCOMING,
    PAST,
    ALL
  }

  /**
   * {@code waitlistSeq} only while waitlisted: the place in the shift's arrival order. Check-in and
   * check-out times once the person has them (by code or entered by staff).
   */
  public record Item(
      String org,
      String orgName,
      String id,
      String shiftId,
      String activityId,
      String activityTitle,
      String address,
      Instant startsAt,
      Instant endsAt,
      String status,
      Long waitlistSeq,
      Instant createdAt,
      Instant checkedInAt,
      Instant checkedOutAt) {
    /** Unique across organizations (ids are unique only within one). */
    String key() {
      return org + "/" + id;
    }
  }

  /** A person holds few live sign-ups at a time: read whole, paged in memory. */
  @Transactional
  public Page<Item> list(When when, PageRequest page) {
    Instant now = Instant.now();
    List<Item> all = all();
    List<Item> chosen =
        switch (when == null ? When.UPCOMING : when) {
          case UPCOMING -> all.stream().filter(i -> i.endsAt().isAfter(now)).toList();
          case PAST ->
              all.stream()
                  .filter(i -> !i.endsAt().isAfter(now))
                  .sorted(Comparator.comparing(Item::startsAt).reversed())
                  .toList();
          case ALL -> all;
        };
    return page.slice(chosen, Item::key);
  }

  private List<Item> all() {
    String personId =
        people.findByLogin(requestContext.subject().orElseThrow()).map(p -> p.id()).orElse(null);
    if (personId == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT * FROM signups_of_person(?1)")
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
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    instant(r[7]),
                    instant(r[8]),
                    (String) r[9],
                    r[10] == null ? null : ((Number) r[10]).longValue(),
                    instant(r[11]),
                    instant(r[12]),
                    instant(r[13])))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
  }
}
