package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.IdentityDocument;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.timebank.application.WithdrawalCommands.RegisterBeneficiary;
import org.linli.volunteer.timebank.domain.Beneficiary;
import org.linli.volunteer.timebank.domain.BeneficiaryRepository;
import org.linli.volunteer.timebank.domain.Relation;

/**
 * Staff register a volunteer's spouse or lineal relative as a beneficiary of the volunteer's hours.
 * The relative becomes (or is linked to) a platform person by ID number, like a volunteer, so the
 * number is stored once, encrypted, and shown only masked.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Beneficiaries {
  @Inject BeneficiaryRepository beneficiaries;
  @Inject VolunteerRegistry volunteers;
  @Inject PersonRegistry personRegistry;
  @Inject PersonRepository people;
  @Inject HolderAccounts accounts;
  @Inject TimeBankCaller caller;
  @Inject AuditLog auditLog;

  /** A beneficiary with what a response shows of their person and their balance in minutes. */
  public record Details(Beneficiary beneficiary, Person person, long balanceMinutes) {}

  public Details register(RegisterBeneficiary cmd) {
    Volunteer volunteer = volunteers.get(cmd.volunteerId());
    Relation relation = Relation.parse(cmd.relation());
    IdentityDocument document = PersonRegistry.parseDocument(cmd.idType(), cmd.idNumber());
    LocalDate birthDate =
        document
            .birthDate()
            .or(() -> Optional.ofNullable(cmd.birthDate()))
            .orElseThrow(
                () ->
                    DomainException.invalidField("birthDate", "REQUIRED_FOR_DOCUMENT")
                        .withMessage("REQUIRED_FOR_DOCUMENT.2"));
    // Before the lookup by number, which refuses a known number under another name: the
    // volunteer's own number is this more telling error whatever name was typed.
    if (personRegistry.isHolder(volunteer.personId(), cmd.idType(), cmd.idNumber())) {
      throw DomainException.rule("BENEFICIARY_IS_VOLUNTEER");
    }
    Person person =
        personRegistry.findOrRegisterWithoutLogin(
            cmd.name(), cmd.idType(), cmd.idNumber(), cmd.phone());
    Beneficiary beneficiary =
        Beneficiary.register(
            UUID.randomUUID().toString(),
            new Beneficiary.Registration(
                volunteer.id(), person.id(), relation, cmd.name(), birthDate, cmd.evidence()),
            caller.actor(),
            Instant.now());
    if (!beneficiaries.add(beneficiary)) {
      throw DomainException.conflict("BENEFICIARY_ALREADY_REGISTERED");
    }
    auditLog.record(
        "TIME_BENEFICIARY_REGISTERED",
        "time_beneficiary",
        beneficiary.id(),
        null,
        "{\"volunteerId\":\""
            + volunteer.id()
            + "\",\"relation\":\""
            + relation
            + "\",\"idType\":\""
            + person.idType()
            + "\"}");
    return new Details(beneficiary, person, 0);
  }

  /** Staff see any beneficiary; a volunteer only their own family's. */
  public Details get(String beneficiaryId) {
    Beneficiary b = visible(beneficiaryId);
    return new Details(b, people.find(b.personId()).orElseThrow(), accounts.balance(b.holder()));
  }

  public Page<Details> list(String volunteerId, PageRequest page) {
    String only = volunteerId;
    if (!caller.isStaff()) {
      String own = caller.ownVolunteerId().orElse(null);
      if (own == null || (volunteerId != null && !volunteerId.equals(own))) {
        return new Page<>(List.of(), null);
      }
      only = own;
    }
    Page<Beneficiary> found =
        page.page(beneficiaries.list(only, page.afterId(), page.limit() + 1), Beneficiary::id);
    var persons =
        people.findAll(found.items().stream().map(Beneficiary::personId).toList()).stream()
            .collect(Collectors.toMap(Person::id, p -> p));
    return new Page<>(
        found.items().stream()
            .map(b -> new Details(b, persons.get(b.personId()), accounts.balance(b.holder())))
            .toList(),
        found.nextCursor());
  }

  /** The beneficiary, if the caller may see it: 404 BENEFICIARY_NOT_FOUND otherwise. */
  private Beneficiary visible(String beneficiaryId) {
    Optional<Beneficiary> found = beneficiaries.find(beneficiaryId);
    if (found.isPresent() && !caller.isStaff()) {
      String own = caller.ownVolunteerId().orElse(null);
      found = found.filter(b -> b.volunteerId().equals(own));
    }
    return found.orElseThrow(() -> DomainException.notFound("BENEFICIARY_NOT_FOUND"));
  }
}
