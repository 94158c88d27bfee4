package org.linli.volunteer.timebank.application;

import java.time.LocalDate;
import org.linli.volunteer.timebank.domain.ServiceRequest;
import org.linli.volunteer.timebank.domain.TimeHolder;

/** Typed commands of family beneficiaries, transfers to them and service requests. */
public final class WithdrawalCommands {
  private WithdrawalCommands() {}

  /** {@code birthDate} only for documents that do not carry one (passports). */
  public record RegisterBeneficiary(
      String volunteerId,
      String relation,
      String name,
      String idType,
      String idNumber,
      String phone,
      LocalDate birthDate,
      String evidence) {}

  public record TransferToFamily(String volunteerId, String beneficiaryId, long minutes) {}

  public record RequestService(TimeHolder requester, ServiceRequest.Details details) {}

  public record AssignProvider(String requestId, String providerVolunteerId) {}

  public record ConfirmDelivery(String requestId, long deliveredMinutes) {}
}
