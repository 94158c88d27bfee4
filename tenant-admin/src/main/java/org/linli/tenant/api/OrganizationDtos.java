package org.linli.tenant.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.tenant.application.Commands;
import org.linli.tenant.application.Invitations;
import org.linli.tenant.domain.org.OrgStatus;
import org.linli.tenant.domain.org.OrgType;
import org.linli.tenant.domain.org.Organization;

/** Request and response bodies of the organization APIs. */
public final class OrganizationDtos {
  private OrganizationDtos() {}

  public record PersonInput(
      @NotBlank @Size(max = 50) String name,
      @NotBlank String idNumber,
      @NotBlank String phone,
      @NotBlank @Email @Size(max = 254) String email) {
    Commands.PersonDetails toDetails() {
      return new Commands.PersonDetails(name, idNumber, phone, email);
    }
  }

  public record CreateOrganizationRequest(
      @NotBlank String code,
      @NotBlank @Size(max = 100) String name,
      @NotNull OrgType type,
      @NotBlank String creditCode,
      @NotBlank @Pattern(regexp = "[0-9]{6}", message = "PATTERN.REGION_CODE") String regionCode,
      @NotBlank @Size(max = 50) String contactName,
      @NotBlank String contactPhone,
      @Email @Size(max = 254) String contactEmail,
      @NotNull @Valid PersonInput firstAdmin) {
    Commands.CreateOrganization toCommand() {
      return new Commands.CreateOrganization(
          code,
          name,
          type,
          creditCode,
          regionCode,
          contactName,
          contactPhone,
          contactEmail,
          firstAdmin.toDetails());
    }
  }

  public record StatusChangeRequest(@Size(max = 500) String reason) {}

  public record OrganizationView(
      String id,
      String name,
      OrgType type,
      String creditCode,
      String regionCode,
      String contactName,
      String contactPhone,
      String contactEmail,
      @Schema(implementation = OrgStatus.class) String status,
      Instant createdAt,
      @Schema(description = "Only in the answer to a registration: the first admin's invitation")
          MemberDtos.InvitationView firstAdminInvitation) {
    static OrganizationView of(Organization org, Invitations.Invitation firstAdminInvitation) {
      OrganizationView view = of(org);
      return new OrganizationView(
          view.id,
          view.name,
          view.type,
          view.creditCode,
          view.regionCode,
          view.contactName,
          view.contactPhone,
          view.contactEmail,
          view.status,
          view.createdAt,
          MemberDtos.InvitationView.of(firstAdminInvitation));
    }

    static OrganizationView of(Organization org) {
      return new OrganizationView(
          org.id(),
          org.name(),
          org.type(),
          org.creditCode(),
          org.regionCode(),
          org.contactName(),
          org.contactPhoneMasked(),
          org.contactEmail(),
          org.status().name(),
          org.createdAt(),
          null);
    }
  }
}
