package org.linli.volunteer.timebank.domain;

/**
 * Whoever holds a time account that can pay for a service: a volunteer or a registered family
 * beneficiary. The owner type doubles as the ledger account's owner type.
 */
public record TimeHolder(String type, String id) {
  public static TimeHolder volunteer(String volunteerId) {
    return new TimeHolder(TimeAccountKinds.VOLUNTEER_OWNER, volunteerId);
  }

  public static TimeHolder beneficiary(String beneficiaryId) {
    return new TimeHolder(TimeAccountKinds.BENEFICIARY_OWNER, beneficiaryId);
  }

  public boolean isVolunteer() {
    return TimeAccountKinds.VOLUNTEER_OWNER.equals(type);
  }
}
