package org.linli.volunteer.timebank.clearing.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Typed commands of 通存通兑 clearing; hours as decimal strings ("1.50"). */
public final class ClearingCommands {
  private ClearingCommands() {}

  public record ProposeAgreement(@NotBlank String counterpartyOrg, @NotBlank String limitHours) {}

  /** {@code volunteerId} is for staff; a volunteer redeems their own hours and leaves it out. */
  public record RequestService(
      String volunteerId,
      @NotBlank String serviceOrg,
      @NotBlank @Size(max = 100) String serviceCategory,
      @NotBlank @Size(max = 1000) String description,
      @NotBlank String hours) {}

  public record AssignProvider(@NotBlank String providerVolunteerId) {}

  public record DeclineService(@NotBlank @Size(max = 1000) String reason) {}
}
