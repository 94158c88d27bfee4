package org.linli.tenant.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.tenant.application.Invitations;
import org.linli.tenant.application.Invitations.Invitation;
import org.linli.tenant.application.MembershipAdministration.Member;
import org.linli.tenant.domain.membership.MembershipStatus;

/** Request and response bodies of the member APIs. ID and phone numbers are masked. */
public final class MemberDtos {
  private MemberDtos() {}

  public record InviteRequest(
      @NotNull @Valid OrganizationDtos.PersonInput person, @NotEmpty List<String> roles) {}

  public record MemberView(
      String personId,
      String name,
      String idNumber,
      String phone,
      String email,
      List<String> roles,
      @Schema(implementation = MembershipStatus.class) String status,
      Instant joinedAt,
      @Schema(description = "Only in the answer to an invitation: whether the e-mail went out")
          InvitationView invitation) {
    static MemberView of(Member m) {
      return of(m, m.person().idNumberMasked(), m.person().phoneMasked());
    }

    static MemberView of(Member m, Invitation invitation) {
      MemberView view = of(m);
      return new MemberView(
          view.personId,
          view.name,
          view.idNumber,
          view.phone,
          view.email,
          view.roles,
          view.status,
          view.joinedAt,
          InvitationView.of(invitation));
    }

    static MemberView of(Member m, String idNumber, String phone) {
      return new MemberView(
          m.person().id(),
          m.person().name(),
          idNumber,
          phone,
          m.person().email(),
          m.membership().roles().stream().map(OrgRole::wireName).sorted().toList(),
          m.membership().status().name(),
          m.membership().joinedAt(),
          null);
    }
  }

  /**
   * The invitation e-mail (Keycloak's link to choose a password and confirm the address). Not sent:
   * {@code reason} says why; {@code EMAIL_FAILED} can be retried with {@code POST
   * .../members/{personId}/invitation}.
   */
  @Schema(name = "Invitation")
  public record InvitationView(
      boolean sent,
      @Schema(implementation = Invitations.NotSent.class) String reason,
      @Schema(description = "Until when the link works (when sent)") Instant expiresAt) {
    static InvitationView of(Invitation invitation) {
      return new InvitationView(
          invitation.sent(),
          invitation.reason() == null ? null : invitation.reason().name(),
          invitation.expiresAt());
    }
  }

  static Set<OrgRole> parseRoles(List<String> names) {
    return names.stream().map(MemberDtos::parseRole).collect(Collectors.toSet());
  }

  static OrgRole parseRole(String name) {
    return OrgRole.fromWireName(name)
        .orElseThrow(() -> DomainException.invalidField("roles", "UNKNOWN_ROLE"));
  }
}
