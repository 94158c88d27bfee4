package org.linli.volunteer.registration.domain;

import java.util.Map;
import java.util.Set;

/** pending -> active -> suspended / left; suspended -> active / left. */
public enum VolunteerStatus {
  PENDING,
  ACTIVE,
  SUSPENDED,
  LEFT;

  private static final Map<VolunteerStatus, Set<VolunteerStatus>> NEXT =
      Map.of(
          PENDING, Set.of(ACTIVE, LEFT),
          ACTIVE, Set.of(SUSPENDED, LEFT),
          SUSPENDED, Set.of(ACTIVE, LEFT),
          LEFT, Set.of());

  public boolean canBecome(VolunteerStatus next) {
    return NEXT.get(this).contains(next);
  }
}
