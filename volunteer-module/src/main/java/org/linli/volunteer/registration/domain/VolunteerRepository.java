package org.linli.volunteer.registration.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.linli.tenant.domain.person.Person;

/** Volunteers of the transaction's tenant. */
public interface VolunteerRepository {
  Optional<Volunteer> find(String id);

  Optional<Volunteer> findByPerson(String personId);

  void add(Volunteer volunteer);

  default List<Volunteer> list(VolunteerStatus status, String afterId, int limit) {
    return search(VolunteerFilter.byStatus(status), afterId, limit);
  }

  /** The volunteers the filter lets through, ordered by id, strictly after {@code afterId}. */
  List<Volunteer> search(VolunteerFilter filter, String afterId, int limit);

  /**
   * The people who are volunteers here and whose masked phone is {@code phoneMasked} (a handful at
   * most): the candidates of a full-number search, to be compared in clear by the caller.
   */
  List<Person> volunteerPeopleWithMaskedPhone(String phoneMasked);

  /** All volunteers ordered by 志愿者编号, strictly after {@code afterNo} (null: from the start). */
  List<Volunteer> listByNumber(String afterNo, int limit);

  List<Volunteer> findAll(Collection<String> ids);

  /** The next 志愿者编号 of this tenant for the year, e.g. {@code 2026000123}. */
  String nextVolunteerNo(int year);
}
