package org.linli.volunteer.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * A person's own training and award records across organizations (Art. 12: volunteers may look up
 * their records), read through database functions that return only that person's rows.
 */
@ApplicationScoped
public class MyTrainingsAndAwards {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject RequestContext requestContext;
  @Inject PersonRepository people;

  public record Training(
      String org,
      String orgName,
      String id,
      String courseName,
      String organizer,
      LocalDate trainingDate,
      int minutes,
      String content,
      String outcome,
      String correctsId,
      boolean superseded) {}

  public record Award(
      String org,
      String orgName,
      String id,
      String awardName,
      String level,
      String awardingBody,
      LocalDate awardDate,
      String description,
      String correctsId,
      boolean superseded) {}

  @Transactional
  public List<Training> trainings() {
    List<Object[]> rows = rowsOf("training_records_of_person");
    Set<String> corrected = corrected(rows, 9);
    return rows.stream()
        .map(
            r ->
                new Training(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    ((Date) r[5]).toLocalDate(),
                    ((Number) r[6]).intValue(),
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    corrected.contains(r[0] + "/" + r[2])))
        .toList();
  }

  @Transactional
  public List<Award> awards() {
    List<Object[]> rows = rowsOf("award_records_of_person");
    Set<String> corrected = corrected(rows, 8);
    return rows.stream()
        .map(
            r ->
                new Award(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    ((Date) r[6]).toLocalDate(),
                    (String) r[7],
                    (String) r[8],
                    corrected.contains(r[0] + "/" + r[2])))
        .toList();
  }

  /** Tenant-qualified ids of rows that a later row corrects: ids are unique per tenant only. */
  private static Set<String> corrected(List<Object[]> rows, int correctsColumn) {
    Function<Object[], String> key = r -> r[0] + "/" + r[correctsColumn];
    return rows.stream()
        .filter(r -> r[correctsColumn] != null)
        .map(key)
        .collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rowsOf(String function) {
    String personId =
        people.findByLogin(requestContext.subject().orElseThrow()).map(p -> p.id()).orElse(null);
    if (personId == null) {
      return List.of();
    }
    // The function name is one of two constants above, never caller input.
    return em.createNativeQuery("SELECT * FROM " + function + "(?1)")
        .setParameter(1, personId)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getResultList();
  }
}
