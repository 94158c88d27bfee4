package org.linli.tenant.application;

import java.util.Set;
import org.linli.kernel.security.OrgRole;
import org.linli.tenant.domain.org.OrgType;

/** The typed commands of tenant administration, one per use case. */
public final class Commands {
  private Commands() {}

  /** Identifying data of a natural person as entered; validated by {@link PersonRegistry}. */
  public record PersonDetails(String name, String idNumber, String phone, String email) {}

  public record CreateOrganization(
      String code,
      String name,
      OrgType type,
      String creditCode,
      String regionCode,
      String contactName,
      String contactPhone,
      String contactEmail,
      PersonDetails firstAdmin) {}

  public record ChangeOrgStatus(String orgId, String reason) {}

  public record InviteMember(PersonDetails person, Set<OrgRole> roles) {}

  public record ChangeRole(String personId, OrgRole role) {}
}
