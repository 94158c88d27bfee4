package org.linli.tenant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
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

  @Override
  public Map<String, Person> findByIdKeys(Collection<String> idKeys) {
    Map<String, Person> found = new HashMap<>();
    if (idKeys.isEmpty()) {
      return found;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        nativeQuery(
                "SELECT p.id, p.id_key, p.id_type, p.id_number, p.id_number_masked, p.name, p.phone,"
                    + " p.phone_masked, p.email, p.created_at FROM unnest(CAST(?1 AS text[])) AS"
                    + " k(id_key) JOIN person p ON p.id_key = k.id_key")
            .setParameter(1, textArray(idKeys))
            .getResultList();
    for (Object[] r : rows) {
      Person p =
          new Person(
              (String) r[0],
              (String) r[1],
              new Person.ProtectedPii(
                  (String) r[2], (String) r[3], (String) r[4], (String) r[6], (String) r[7]),
              (String) r[5],
              (String) r[8],
              ((Timestamp) r[9]).toInstant());
      found.put(p.idKey(), p);
    }
    return found;
  }

  @Override
  public Set<String> addAll(List<Person> people) {
    if (people.isEmpty()) {
      return Set.of();
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (Person p : people) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("id", p.id())
              .add("id_key", p.idKey())
              .add("id_type", p.idType())
              .add("id_number", p.idNumberCiphertext())
              .add("id_number_masked", p.idNumberMasked())
              .add("name", p.name())
              .add("created_at", p.createdAt().toString());
      if (p.phoneCiphertext() != null) {
        o.add("phone", p.phoneCiphertext()).add("phone_masked", p.phoneMasked());
      }
      if (p.email() != null) {
        o.add("email", p.email());
      }
      rows.add(o);
    }
    @SuppressWarnings("unchecked")
    List<Object> inserted =
        nativeQuery(
                "INSERT INTO person (id, id_key, id_type, id_number, id_number_masked, name, phone,"
                    + " phone_masked, email, created_at) SELECT id, id_key, id_type, id_number,"
                    + " id_number_masked, name, phone, phone_masked, email, created_at"
                    + " FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS x(id text, id_key text,"
                    + " id_type text, id_number text, id_number_masked text, name text, phone text,"
                    + " phone_masked text, email text, created_at timestamptz)"
                    + " ON CONFLICT (id_key) DO NOTHING RETURNING id_key")
            .setParameter(1, rows.build().toString())
            .getResultList();
    Set<String> keys = new HashSet<>();
    inserted.forEach(k -> keys.add((String) k));
    return keys;
  }

  private jakarta.persistence.Query nativeQuery(String sql) {
    return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }

  /** A PostgreSQL array literal of values that hold no quote, comma, brace or blank (keys, ids). */
  static String textArray(Collection<String> values) {
    return "{" + String.join(",", values) + "}";
  }

  private Optional<Person> single(String jpql, String value) {
    return em.createQuery(jpql, Person.class)
        .setParameter("v", value)
        .getResultStream()
        .findFirst();
  }
}
