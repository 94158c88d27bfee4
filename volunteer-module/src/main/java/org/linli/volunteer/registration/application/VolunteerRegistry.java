package org.linli.volunteer.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.crypto.PiiCipher;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.application.Commands.PersonDetails;
import org.linli.tenant.application.MembershipAdministration;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.BirthDates;
import org.linli.tenant.domain.person.IdentityDocument;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.tenant.domain.person.PhoneNumber;
import org.linli.tenant.domain.region.AdministrativeDivisions;
import org.linli.volunteer.registration.application.VolunteerCommands.ChangeVolunteerStatus;
import org.linli.volunteer.registration.application.VolunteerCommands.Contact;
import org.linli.volunteer.registration.application.VolunteerCommands.RegisterVolunteer;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerFilter;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.registration.domain.VolunteerStatus;

/**
 * Registration of volunteers by staff, their status, and lookups. The same person registering twice
 * with one organization is refused; with another organization they are linked to the same platform
 * person and each organization keeps its own profile.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class VolunteerRegistry {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject VolunteerRepository volunteers;
  @Inject PersonRegistry personRegistry;
  @Inject AuditLog auditLog;
  @Inject PiiCipher cipher;
  @Inject PersonRepository people;
  @Inject MembershipAdministration memberships;

  public Volunteer register(RegisterVolunteer cmd) {
    // Refuse implausible input before a person or a login is created for it.
    birthDateOf(cmd);
    AdministrativeDivisions.require("regionCode", cmd.regionCode());
    Person person =
        personRegistry.findOrRegister(
            new PersonDetails(cmd.name(), cmd.idNumber(), cmd.phone(), cmd.email()), cmd.idType());
    return registerPerson(person, cmd, false);
  }

  /**
   * A signed-in person applies to an organization they need not belong to yet (the tenant is bound
   * by the caller from the path); staff then activate or decline the application.
   */
  public Volunteer apply(String subject, RegisterVolunteer cmd) {
    Person person = personRegistry.signedInHolderOf(subject, cmd.idType(), cmd.idNumber());
    return registerPerson(person, cmd, true);
  }

  private Volunteer registerPerson(Person person, RegisterVolunteer cmd, boolean bySelf) {
    IdentityDocument document = PersonRegistry.parseDocument(cmd.idType(), cmd.idNumber());
    LocalDate birthDate = birthDateOf(cmd);
    AdministrativeDivisions.require("regionCode", cmd.regionCode());
    String gender =
        document
            .gender()
            .map(Enum::name)
            .or(() -> Optional.ofNullable(cmd.gender()))
            .orElseThrow(() -> required("gender"));
    if (volunteers.findByPerson(person.id()).isPresent()) {
      throw DomainException.conflict("ALREADY_REGISTERED");
    }
    Instant now = Instant.now();
    Volunteer volunteer =
        Volunteer.register(
            UUID.randomUUID().toString(),
            volunteers.nextVolunteerNo(now.atZone(CHINA).getYear()),
            new Volunteer.Registration(
                person.id(),
                cmd.name().strip(),
                gender,
                birthDate,
                cmd.regionCode(),
                cmd.skills(),
                cmd.serviceCategories(),
                contactJson(cmd.emergencyContact(), "emergencyContact", now),
                cmd.guardian() == null ? null : contactJson(cmd.guardian(), "guardian", now),
                cmd.selfSupporting(),
                cmd.privacyNoticeVersion(),
                bySelf),
            now);
    volunteers.add(volunteer);
    auditLog.record(
        bySelf ? "VOLUNTEER_APPLIED" : "VOLUNTEER_REGISTERED",
        "volunteer",
        volunteer.id(),
        null,
        "{\"status\":\"PENDING\"}");
    return volunteer;
  }

  /** From the GB 11643 number when the document has one, else as entered; plausible either way. */
  private static LocalDate birthDateOf(RegisterVolunteer cmd) {
    IdentityDocument document = PersonRegistry.parseDocument(cmd.idType(), cmd.idNumber());
    String field = document.birthDate().isPresent() ? "idNumber" : "birthDate";
    LocalDate birthDate =
        document
            .birthDate()
            .or(() -> Optional.ofNullable(cmd.birthDate()))
            .orElseThrow(() -> required("birthDate"));
    return BirthDates.requirePlausible(field, birthDate, LocalDate.now(CHINA));
  }

  /** Documents without a GB 11643 number do not tell birth date and gender: they must be given. */
  private static DomainException required(String field) {
    return DomainException.invalidField(field, "REQUIRED_FOR_DOCUMENT").with(field);
  }

  public Volunteer changeStatus(ChangeVolunteerStatus cmd) {
    Volunteer volunteer = get(cmd.volunteerId());
    VolunteerStatus before = volunteer.status();
    volunteer.changeStatus(cmd.status(), Instant.now());
    syncVolunteerRole(volunteer);
    auditLog.record(
        "VOLUNTEER_STATUS_CHANGED",
        "volunteer",
        volunteer.id(),
        "{\"status\":\"" + before + "\"}",
        Json.createObjectBuilder()
            .add("status", cmd.status().name())
            .add("reason", cmd.reason() == null ? "" : cmd.reason())
            .build()
            .toString());
    return volunteer;
  }

  /**
   * An active volunteer who can sign in holds the volunteer role here (to sign up and check in
   * themselves); suspension or leaving takes it away.
   */
  private void syncVolunteerRole(Volunteer volunteer) {
    boolean canSignIn =
        people.find(volunteer.personId()).map(p -> p.keycloakUserId() != null).orElse(false);
    if (volunteer.status() == VolunteerStatus.ACTIVE && canSignIn) {
      memberships.ensureRole(volunteer.personId(), OrgRole.VOLUNTEER);
    } else if (volunteer.status() != VolunteerStatus.ACTIVE) {
      memberships.dropRole(volunteer.personId(), OrgRole.VOLUNTEER);
    }
  }

  public Volunteer get(String volunteerId) {
    return volunteers
        .find(volunteerId)
        .orElseThrow(() -> DomainException.notFound("VOLUNTEER_NOT_FOUND"));
  }

  public Page<Volunteer> list(VolunteerStatus status, PageRequest page) {
    return list(status, null, page);
  }

  /**
   * Volunteers by status and search text (see {@link VolunteerSearchText}). A full phone number
   * cannot be matched in SQL (ciphertext): the few volunteers whose masked phone fits are decrypted
   * and compared here, and the list query then names them, so paging stays keyset paging by id and
   * a cursor stays valid with the same filter.
   */
  public Page<Volunteer> list(
      VolunteerStatus status, VolunteerSearchText search, PageRequest page) {
    VolunteerFilter filter = VolunteerFilter.byStatus(status);
    if (search != null) {
      Set<String> byPhone =
          search
              .phone()
              .map(
                  phone ->
                      volunteers.volunteerPeopleWithMaskedPhone(phone.masked()).stream()
                          .filter(p -> phone.value().equals(personRegistry.revealPhone(p)))
                          .map(Person::id)
                          .collect(Collectors.toSet()))
              .orElse(Set.of());
      filter =
          new VolunteerFilter(
              status, search.text(), search.text(), search.phoneLast4().orElse(null), byPhone);
    }
    return page.page(volunteers.search(filter, page.afterId(), page.limit() + 1), Volunteer::id);
  }

  /** Contact phones are personal data too: stored encrypted, only the masked form in clear. */
  private String contactJson(Contact contact, String field, Instant now) {
    PhoneNumber phone = PhoneNumber.parse(contact.phone());
    return Json.createObjectBuilder()
        .add("name", contact.name())
        .add("relation", contact.relation())
        .add("phone", cipher.encrypt(phone.value(), "volunteer." + field))
        .add("phoneMasked", phone.masked())
        .add("recordedAt", now.toString())
        .build()
        .toString();
  }
}
