package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractResident;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.ContractVersion;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.fund.purchase.domain.PurchasePeer;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.ResidentStatus;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.Person;

/**
 * The buyer's roster of residents (服务对象) and their assignment to contracts; the provider sees the
 * residents of its contracts only, in its own copy.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Residents {
  @Inject PurchaseRepository repository;
  @Inject PurchasePeer peer;
  @Inject PersonRegistry personRegistry;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record RegisterResident(
      String name,
      String idType,
      String idNumber,
      String phone,
      String address,
      Resident.GeoPoint location,
      EligibilityCategory category,
      String level,
      LocalDate eligibleFrom,
      LocalDate eligibleTo) {}

  public record ChangeStatus(String id, ResidentStatus status, LocalDate on, String note) {}

  public record ImportResult(int imported, int alreadyOnRoster) {}

  public Resident register(RegisterResident c) {
    Resident r = newResident(c);
    if (repository.findResidentByPerson(r.personId()).isPresent()) {
      throw DomainException.conflict("RESIDENT_EXISTS");
    }
    repository.addResident(r);
    auditLog.record("PURCHASE_RESIDENT_REGISTERED", "purchase_resident", r.id(), null, null);
    return r;
  }

  /** All rows or none: a bad row fails the whole import with its row number. */
  public ImportResult importRows(List<RegisterResident> rows, List<Integer> lineNumbers) {
    int imported = 0;
    int known = 0;
    for (int i = 0; i < rows.size(); i++) {
      Resident r;
      try {
        r = newResident(rows.get(i));
      } catch (DomainException e) {
        throw DomainException.invalidField("file", "IMPORT_ROW_INVALID")
            .with(lineNumbers.get(i), e.code());
      }
      if (repository.findResidentByPerson(r.personId()).isPresent()) {
        known++;
        continue;
      }
      repository.addResident(r);
      imported++;
    }
    auditLog.record(
        "PURCHASE_RESIDENTS_IMPORTED",
        "purchase_resident",
        "import",
        null,
        "{\"imported\":" + imported + "}");
    return new ImportResult(imported, known);
  }

  private Resident newResident(RegisterResident c) {
    if (c.eligibleFrom() == null) {
      throw DomainException.invalidField("eligibleFrom", "ELIGIBILITY_DATES_INVALID");
    }
    if (c.eligibleTo() != null && c.eligibleTo().isBefore(c.eligibleFrom())) {
      throw DomainException.invalidField("eligibleTo", "ELIGIBILITY_DATES_INVALID");
    }
    Person person =
        personRegistry.findOrRegisterWithoutLogin(c.name(), c.idType(), c.idNumber(), c.phone());
    return new Resident(
        UUID.randomUUID().toString(),
        person.id(),
        person.name(),
        person.idNumberMasked(),
        person.phoneMasked(),
        c.address(),
        c.location(),
        c.category(),
        c.level(),
        c.eligibleFrom(),
        c.eligibleTo(),
        ResidentStatus.ACTIVE,
        null,
        requestContext.actor(),
        Instant.now());
  }

  /**
   * Died or moved away on a date (not in the future), or back on the roster; followed on copies.
   */
  public Resident changeStatus(ChangeStatus c) {
    Resident r = repository.findResident(c.id()).orElseThrow(Residents::notFound);
    if (c.on() == null || c.on().isAfter(ChinaTime.today())) {
      throw DomainException.invalidField("effectiveOn", "STATUS_DATE_INVALID");
    }
    if (c.status() == r.status()) {
      throw DomainException.conflict("RESIDENT_STATUS_UNCHANGED").with(r.status().name());
    }
    LocalDate on = c.status() == ResidentStatus.ACTIVE ? null : c.on();
    repository.updateResidentStatus(r.id(), c.status(), on);
    repository.addStatusChange(
        r.id(), c.status(), c.on(), c.note(), requestContext.actor(), Instant.now());
    repository.updateContractResidents(r.id(), c.status(), on);
    for (String contractId : repository.contractsOfResident(r.id())) {
      peer.followResidents(contractId);
    }
    auditLog.record(
        "PURCHASE_RESIDENT_STATUS_CHANGED",
        "purchase_resident",
        r.id(),
        "{\"status\":\"" + r.status() + "\"}",
        "{\"status\":\"" + c.status() + "\"}");
    return repository.findResident(r.id()).orElseThrow();
  }

  public Resident get(String id) {
    return repository.findResident(id).orElseThrow(Residents::notFound);
  }

  public Page<Resident> list(String query, PageRequest page) {
    PageRequest.After<Instant> after = page.afterInstantAndId();
    List<Resident> fetched =
        repository.listResidents(
            query == null || query.isBlank() ? null : query.strip(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, r -> PageRequest.key(r.createdAt(), r.id()));
  }

  /** A resident of the roster joins an active contract whose current items serve their group. */
  public ContractResident assign(String contractId, String residentId) {
    Contract c = repository.lockContract(contractId).orElseThrow(Contracts::notFound);
    c.requireSide(Side.BUYER);
    c.requireStatus(ContractStatus.ACTIVE);
    Resident r = repository.findResident(residentId).orElseThrow(Residents::notFound);
    if (r.status() != ResidentStatus.ACTIVE) {
      throw DomainException.rule("RESIDENT_NOT_ACTIVE").with(r.status().name());
    }
    List<ContractVersion> versions = repository.versions(contractId);
    ContractVersion current =
        versions.stream().filter(v -> v.version() == c.currentVersion()).findFirst().orElseThrow();
    if (current.items().stream().noneMatch(i -> i.serves(r.category()))) {
      throw DomainException.rule("RESIDENT_NOT_ELIGIBLE").with(r.category().name());
    }
    if (repository.contractResident(contractId, residentId).isPresent()) {
      throw DomainException.conflict("RESIDENT_ALREADY_ASSIGNED");
    }
    ContractResident cr =
        new ContractResident(
            contractId,
            r.id(),
            r.name(),
            r.idMasked(),
            r.address(),
            r.location(),
            r.category(),
            r.level(),
            r.eligibleFrom(),
            r.eligibleTo(),
            r.status(),
            r.statusOn(),
            Instant.now());
    repository.addContractResident(c, cr);
    if (!"OK".equals(peer.followResidents(contractId))) {
      throw DomainException.conflict("CONTRACT_PEER_MISMATCH");
    }
    auditLog.record("PURCHASE_RESIDENT_ASSIGNED", "purchase_contract", contractId, null, "{}");
    return cr;
  }

  /**
   * The contract's residents by id; {@code query} (or null) is a part of the name or, when it looks
   * like the end of an ID number (digits, a final X), the masked number's last characters.
   */
  public Page<ContractResident> ofContract(String contractId, String query, PageRequest page) {
    if (query != null && query.length() > MAX_QUERY) {
      throw DomainException.invalidField("q", "QUERY_TOO_LONG").with(MAX_QUERY);
    }
    repository.findContract(contractId).orElseThrow(Contracts::notFound);
    List<ContractResident> fetched =
        repository.contractResidents(contractId, query, page.afterId(), page.limit() + 1);
    return page.page(fetched, ContractResident::residentId);
  }

  static final int MAX_QUERY = 50;

  static DomainException notFound() {
    return DomainException.notFound("RESIDENT_NOT_FOUND");
  }
}
