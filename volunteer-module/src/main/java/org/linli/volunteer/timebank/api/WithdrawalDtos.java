package org.linli.volunteer.timebank.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.error.DomainException;
import org.linli.volunteer.timebank.application.Beneficiaries;
import org.linli.volunteer.timebank.application.WithdrawalCommands;
import org.linli.volunteer.timebank.domain.Beneficiary;
import org.linli.volunteer.timebank.domain.FamilyTransfer;
import org.linli.volunteer.timebank.domain.Relation;
import org.linli.volunteer.timebank.domain.ServiceRequest;
import org.linli.volunteer.timebank.domain.ServiceRequestStatus;
import org.linli.volunteer.timebank.domain.TimeHolder;

/**
 * Bodies of the beneficiary, family transfer and service request APIs. Hours are decimal strings
 * ("1.50") of whole minutes; ID and phone numbers only ever appear masked.
 */
public final class WithdrawalDtos {
  private WithdrawalDtos() {}

  static long minutes(String field, String hours) {
    return Unit.HOUR.parse(field, hours);
  }

  public record BeneficiaryRequest(
      @NotBlank String volunteerId,
      @Schema(implementation = Relation.class) @NotBlank String relation,
      @NotBlank @Size(max = 50) String name,
      @Schema(enumeration = {"RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"}) String idType,
      @NotBlank String idNumber,
      String phone,
      @PastOrPresent LocalDate birthDate,
      @NotBlank @Size(max = 500) String evidence) {
    WithdrawalCommands.RegisterBeneficiary toCommand() {
      return new WithdrawalCommands.RegisterBeneficiary(
          volunteerId,
          relation,
          name,
          idType == null ? "RESIDENT_ID" : idType,
          idNumber,
          phone,
          birthDate,
          evidence);
    }
  }

  public record BeneficiaryView(
      String id,
      String volunteerId,
      @Schema(implementation = Relation.class) String relation,
      String name,
      LocalDate birthDate,
      @Schema(enumeration = {"RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"}) String idType,
      String idNumberMasked,
      String phoneMasked,
      String evidence,
      String registeredBy,
      Instant createdAt,
      String balanceHours) {
    static BeneficiaryView of(Beneficiaries.Details d) {
      Beneficiary b = d.beneficiary();
      return new BeneficiaryView(
          b.id(),
          b.volunteerId(),
          b.relation().name(),
          b.name(),
          b.birthDate(),
          d.person().idType(),
          d.person().idNumberMasked(),
          d.person().phoneMasked(),
          b.evidence(),
          b.registeredBy(),
          b.createdAt(),
          Unit.HOUR.format(d.balanceMinutes()));
    }
  }

  public record TransferRequest(
      @NotBlank String volunteerId, @NotBlank String beneficiaryId, @NotBlank String hours) {
    WithdrawalCommands.TransferToFamily toCommand() {
      return new WithdrawalCommands.TransferToFamily(
          volunteerId, beneficiaryId, minutes("hours", hours));
    }
  }

  public record TransferView(
      String id,
      String volunteerId,
      String beneficiaryId,
      String hours,
      LocalDate effectiveDate,
      String transactionId,
      String createdBy,
      Instant createdAt) {
    static TransferView of(FamilyTransfer t) {
      return new TransferView(
          t.id(),
          t.volunteerId(),
          t.beneficiaryId(),
          Unit.HOUR.format(t.minutes()),
          t.effectiveDate(),
          t.transactionId(),
          t.createdBy(),
          t.createdAt());
    }
  }

  /** Exactly one of the two: a volunteer asking for themselves, or a registered beneficiary. */
  public record RequesterInput(String volunteerId, String beneficiaryId) {
    TimeHolder toHolder() {
      boolean volunteer = volunteerId != null && !volunteerId.isBlank();
      boolean beneficiary = beneficiaryId != null && !beneficiaryId.isBlank();
      if (volunteer == beneficiary) {
        throw DomainException.invalidField("requester", "INVALID_REQUESTER");
      }
      return volunteer ? TimeHolder.volunteer(volunteerId) : TimeHolder.beneficiary(beneficiaryId);
    }
  }

  public record ServiceRequestInput(
      @NotNull @Valid RequesterInput requester,
      @NotBlank @Size(max = 50) String serviceCategory,
      @NotBlank @Size(max = 1000) String description,
      @NotBlank String hours,
      Instant scheduledFor) {
    WithdrawalCommands.RequestService toCommand() {
      return new WithdrawalCommands.RequestService(
          requester.toHolder(),
          new ServiceRequest.Details(
              serviceCategory, description, minutes("hours", hours), scheduledFor));
    }
  }

  public record AssignRequest(@NotBlank String providerVolunteerId) {}

  public record ConfirmRequest(@NotBlank String hoursDelivered) {}

  public record ServiceRequestView(
      String id,
      RequesterInput requester,
      String serviceCategory,
      String description,
      String heldHours,
      Instant scheduledFor,
      @Schema(implementation = ServiceRequestStatus.class) String status,
      String providerVolunteerId,
      String deliveredHours,
      String returnedHours,
      String createdBy,
      Instant createdAt,
      Instant assignedAt,
      String closedBy,
      Instant closedAt) {
    static ServiceRequestView of(ServiceRequest r) {
      Long delivered = r.deliveredMinutes();
      return new ServiceRequestView(
          r.id(),
          new RequesterInput(r.requesterVolunteerId(), r.requesterBeneficiaryId()),
          r.serviceCategory(),
          r.description(),
          Unit.HOUR.format(r.heldMinutes()),
          r.scheduledFor(),
          r.status().name(),
          r.providerVolunteerId(),
          delivered == null ? null : Unit.HOUR.format(delivered),
          delivered == null ? null : Unit.HOUR.format(r.heldMinutes() - delivered),
          r.createdBy(),
          r.createdAt(),
          r.assignedAt(),
          r.closedBy(),
          r.closedAt());
    }
  }
}
