package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.tenant.domain.org.OrgStatus;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * A person's own view across organizations. The memberships come through the database function
 * {@code memberships_of_person}, the one narrow cross-tenant read, which returns only this person's
 * rows.
 */
@ApplicationScoped
public class MyAccount {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject PersonRepository people;
  @Inject RequestContext requestContext;

  @Transactional
  public Profile profile() {
    String subject = requestContext.subject().orElseThrow();
    Person person = people.findByLogin(subject).orElse(null);
    if (person == null) {
      return new Profile(null, requestContext.actor(), null, null, List.of());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT tenant_id, roles, status, org_name, org_status"
                    + " FROM memberships_of_person(?1) WHERE status = 'ACTIVE'")
            .setParameter(1, person.id())
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    List<MyMembership> memberships =
        rows.stream()
            .map(
                r ->
                    new MyMembership(
                        (String) r[0],
                        (String) r[3],
                        (String) r[4],
                        ((String) r[1]).isEmpty()
                            ? List.of()
                            : Arrays.asList(((String) r[1]).split(","))))
            .toList();
    return new Profile(
        person.id(), person.name(), person.idNumberMasked(), person.phoneMasked(), memberships);
  }

  public record Profile(
      String personId,
      String name,
      String idNumber,
      String phone,
      List<MyMembership> memberships) {}

  public record MyMembership(
      String org,
      String orgName,
      @Schema(implementation = OrgStatus.class) String orgStatus,
      List<String> roles) {}
}
