package org.linli.tenant.domain.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PersonRepository {
  Optional<Person> find(String id);

  Optional<Person> findByIdKey(String idKey);

  Optional<Person> findByLogin(String keycloakUserId);

  /**
   * The people with these ids (one query, e.g. for a page of an export); unknown ids are absent.
   */
  List<Person> findAll(Collection<String> ids);

  void add(Person person);
}
