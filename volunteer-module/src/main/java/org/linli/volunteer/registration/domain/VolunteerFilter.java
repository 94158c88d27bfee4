package org.linli.volunteer.registration.domain;

import java.util.Set;

/**
 * Which volunteers a staff list shows: by status, and by a search text that may match the name
 * (contains, case ignored), the 志愿者编号 (exactly), the phone's last four digits, or the people whose
 * full phone number was matched beforehand (phones are ciphertext in the database).
 *
 * @param status null for every status
 * @param nameContains null for no text search; otherwise the text alternatives below apply too
 * @param volunteerNo an exact 志愿者编号 to match, or null
 * @param phoneLast4 four digits the masked phone ends with, or null
 * @param personIds people whose full phone number equals the search text (may be empty)
 */
public record VolunteerFilter(
    VolunteerStatus status,
    String nameContains,
    String volunteerNo,
    String phoneLast4,
    Set<String> personIds) {
  public static VolunteerFilter byStatus(VolunteerStatus status) {
    return new VolunteerFilter(status, null, null, null, Set.of());
  }

  public boolean searches() {
    return nameContains != null;
  }
}
