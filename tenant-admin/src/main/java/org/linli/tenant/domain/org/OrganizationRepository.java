package org.linli.tenant.domain.org;

import java.util.List;
import java.util.Optional;

public interface OrganizationRepository {
  Optional<Organization> find(String id);

  boolean existsWithCreditCode(String creditCode);

  void add(Organization organization);

  /** Keyset page ordered by id: ids greater than {@code afterId}, at most {@code limit}. */
  List<Organization> search(OrgSearch search, String afterId, int limit);

  record OrgSearch(String text, OrgType type, OrgStatus status) {}
}
