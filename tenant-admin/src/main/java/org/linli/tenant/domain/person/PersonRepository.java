package org.linli.tenant.domain.person;

import java.util.Optional;

public interface PersonRepository {
  Optional<Person> find(String id);

  Optional<Person> findByIdKey(String idKey);

  Optional<Person> findByLogin(String keycloakUserId);

  void add(Person person);
}
