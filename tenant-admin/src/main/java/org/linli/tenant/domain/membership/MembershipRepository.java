package org.linli.tenant.domain.membership;

import java.util.List;
import java.util.Optional;
import org.linli.kernel.security.OrgRole;

/** Memberships of the transaction's tenant only. */
public interface MembershipRepository {
  Optional<Membership> find(String personId);

  void add(Membership membership);

  /** Active members ordered by person id, after {@code afterPersonId}. */
  List<Membership> listActive(String afterPersonId, int limit);

  /** Locks the active holders of {@code role} for this transaction and counts them. */
  long lockAndCountActiveWithRole(OrgRole role);
}
