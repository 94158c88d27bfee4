package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
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

  /** One organization's account; balance in minutes. */
  public record Item(String org, String orgName, String volunteerId, long balanceMinutes) {}

  @Transactional
  public List<Item> list() {
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
            r -> new Item((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
        .toList();
  }
}
