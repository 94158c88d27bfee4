package org.linli.tenant.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;

/**
 * A person's membership of one organization and the roles it grants. Removal keeps the row (status
 * REMOVED, no roles) so history and audit references stay valid.
 */
@Entity
@Table(name = "membership")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Membership {
  @Id
  @Column(name = "person_id")
  private String personId;

  @Convert(converter = OrgRolesConverter.class)
  private Set<OrgRole> roles = EnumSet.noneOf(OrgRole.class);

  @Enumerated(EnumType.STRING)
  private MembershipStatus status;

  @Column(name = "joined_at")
  private Instant joinedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Membership() {}

  public Membership(String personId, Set<OrgRole> roles, Instant now) {
    if (roles.isEmpty()) {
      throw DomainException.invalidField("roles", "ROLES_REQUIRED");
    }
    this.personId = personId;
    this.roles = EnumSet.copyOf(roles);
    this.status = MembershipStatus.ACTIVE;
    this.joinedAt = now;
    this.updatedAt = now;
  }

  public boolean isActive() {
    return status == MembershipStatus.ACTIVE;
  }

  /** Re-admits a removed member, or adds roles to an active one. */
  public void rejoin(Set<OrgRole> granted, Instant now) {
    if (isActive()) {
      throw DomainException.conflict("ALREADY_MEMBER");
    }
    status = MembershipStatus.ACTIVE;
    roles = EnumSet.copyOf(granted);
    updatedAt = now;
  }

  public void grant(OrgRole role, Instant now) {
    requireActive();
    roles = copyOf(roles);
    roles.add(role);
    updatedAt = now;
  }

  public void revoke(OrgRole role, Instant now) {
    requireActive();
    if (!roles.contains(role)) {
      throw DomainException.notFound("ROLE_NOT_HELD");
    }
    if (roles.size() == 1) {
      throw DomainException.rule("LAST_ROLE");
    }
    roles = copyOf(roles);
    roles.remove(role);
    updatedAt = now;
  }

  public void remove(Instant now) {
    requireActive();
    status = MembershipStatus.REMOVED;
    roles = EnumSet.noneOf(OrgRole.class);
    updatedAt = now;
  }

  private void requireActive() {
    if (!isActive()) {
      throw DomainException.notFound("MEMBER_NOT_FOUND");
    }
  }

  private static Set<OrgRole> copyOf(Set<OrgRole> roles) {
    return roles.isEmpty() ? EnumSet.noneOf(OrgRole.class) : EnumSet.copyOf(roles);
  }

  public String personId() {
    return personId;
  }

  public Set<OrgRole> roles() {
    return Set.copyOf(roles);
  }

  public MembershipStatus status() {
    return status;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  public long version() {
    return version;
  }
}
