package org.linli.tenant.domain.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface PersonRepository {
  Optional<Person> find(String id);

  Optional<Person> findByIdKey(String idKey);

  Optional<Person> findByLogin(String keycloakUserId);

  /**
   * The people with these ids (one query, e.g. for a page of an export); unknown ids are absent.
   */
  List<Person> findAll(Collection<String> ids);

  void add(Person person);

  /**
   * The people holding these keyed document hashes, by key (one statement); unknown keys absent.
   */
  Map<String, Person> findByIdKeys(Collection<String> idKeys);

  /**
   * Registers these people in one statement; a key another transaction registered meanwhile is
   * skipped. Returns the keys this call inserted.
   */
  Set<String> addAll(List<Person> people);
}
