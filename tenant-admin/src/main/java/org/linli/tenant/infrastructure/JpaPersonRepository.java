package org.linli.tenant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Override
  public Optional<Person> find(String id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  @Override
  public Optional<Person> findByIdKey(String idKey) {
    return single("SELECT p FROM Person p WHERE p.idKey = :v", idKey);
  }

  @Override
  public Optional<Person> findByLogin(String keycloakUserId) {
    return single("SELECT p FROM Person p WHERE p.keycloakUserId = :v", keycloakUserId);
  }

  @Override
  public List<Person> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of(); // "IN ()" is not valid SQL
    }
    return em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public void add(Person person) {
    em.persist(person);
    em.flush(); // memberships reference people by id only, so EclipseLink cannot order the inserts
  }

  private Optional<Person> single(String jpql, String value) {
    return em.createQuery(jpql, Person.class)
        .setParameter("v", value)
        .getResultStream()
        .findFirst();
  }
}
