package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.Admission;
import org.linli.kernel.security.OrgAdmission;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.tenant.domain.membership.MembershipStatus;
import org.linli.tenant.domain.membership.OrgRolesConverter;
import org.linli.tenant.domain.org.OrgStatus;

/**
 * Admits a caller to an organization from the stored membership, read fresh on every request. An
 * unknown organization and a non-member get the same answer, so codes cannot be probed.
 *
 * <p>One statement (person by login, membership, organization) instead of three entity queries: it
 * runs on every tenant request, and building three entities was a visible part of an approval's CPU
 * (issue 22). Row level security still applies (the transaction is bound first).
 */
@ApplicationScoped
public class MembershipAdmission implements OrgAdmission {
  private static final OrgRolesConverter ROLES = new OrgRolesConverter();

  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  @Override
  @Transactional
  public Admission admit(TenantId org, String subject) {
    tenantSession.bind(org);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, m.roles, m.status, o.status FROM person p"
                    + " JOIN membership m ON m.tenant_id = ?1 AND m.person_id = p.id"
                    + " JOIN organization o ON o.id = ?1"
                    + " WHERE p.keycloak_user_id = ?2")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, org.value())
            .setParameter(2, subject)
            .getResultList();
    if (rows.isEmpty() || !MembershipStatus.ACTIVE.name().equals(rows.get(0)[2])) {
      throw notMember();
    }
    Object[] row = rows.get(0);
    if (OrgStatus.SUSPENDED.name().equals(row[3])) {
      throw DomainException.forbidden("ORG_SUSPENDED");
    }
    return new Admission((String) row[0], ROLES.convertToEntityAttribute((String) row[1]));
  }

  private static DomainException notMember() {
    return DomainException.forbidden("NOT_A_MEMBER");
  }
}
