package org.linli.tenant.domain.membership;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.kernel.security.OrgRole;

/** Stores a role set as a sorted, comma-separated list of wire names (e.g. "org-admin,staff"). */
@Converter
public class OrgRolesConverter implements AttributeConverter<Set<OrgRole>, String> {
  @Override
  public String convertToDatabaseColumn(Set<OrgRole> roles) {
    return roles == null
        ? ""
        : roles.stream().map(OrgRole::wireName).sorted().collect(Collectors.joining(","));
  }

  @Override
  public Set<OrgRole> convertToEntityAttribute(String column) {
    Set<OrgRole> roles = EnumSet.noneOf(OrgRole.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(name -> OrgRole.fromWireName(name).orElseThrow())
          .forEach(roles::add);
    }
    return roles;
  }
}
