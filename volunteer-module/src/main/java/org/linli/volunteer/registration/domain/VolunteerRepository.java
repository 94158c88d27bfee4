package org.linli.volunteer.registration.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Volunteers of the transaction's tenant. */
public interface VolunteerRepository {
  Optional<Volunteer> find(String id);

  Optional<Volunteer> findByPerson(String personId);

  void add(Volunteer volunteer);

  List<Volunteer> list(VolunteerStatus status, String afterId, int limit);

  /** All volunteers ordered by 志愿者编号, strictly after {@code afterNo} (null: from the start). */
  List<Volunteer> listByNumber(String afterNo, int limit);

  List<Volunteer> findAll(Collection<String> ids);

  /** The next 志愿者编号 of this tenant for the year, e.g. {@code 2026000123}. */
  String nextVolunteerNo(int year);
}
