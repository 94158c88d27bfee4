package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.fund.purchase.domain.OrderStatus;
import org.linli.fund.purchase.domain.PurchasePeer;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.ResidentStatus;
import org.linli.fund.purchase.domain.RosterRepository;
import org.linli.fund.purchase.domain.ServiceOrder;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.Person;

/**
 * The buyer's roster kept by civil-affairs lists (the integration module translates their files and
 * messages into these commands). Each call is a transaction of its own, bound to the caller's
 * organization: a roster chunk, the end of the residents a roster no longer lists, one death or
 * move-away notice.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class RosterChanges {
  @Inject PurchaseRepository repository;
  @Inject RosterRepository roster;
  @Inject PurchasePeer peer;
  @Inject PersonRegistry personRegistry;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject Residents residents;
  @Inject ServiceOrders orders;
  @Inject OrderFlags flags;

  /** One valid row of a roster: this person is eligible in this group from this date. */
  public record Eligibility(
      int line,
      String name,
      String idNumber,
      EligibilityCategory category,
      String level,
      LocalDate from,
      String address) {}

  /** A row the roster could not apply, with a stable code. */
  public record Refusal(int line, String code) {}

  public record ChunkOutcome(int added, int changed, int unchanged, List<Refusal> refused) {}

  /** What a death or move-away notice did ({@code applied} false: the resident had left before). */
  public record Departure(
      String residentId, String personId, boolean applied, int cancelled, int flagged) {}

  /**
   * Applies a chunk of one roster file: new residents, changed groups or levels, residents back
   * after an end; every resident listed is marked as seen by {@code fileId}. {@code seenOnly} are
   * ID numbers of rejected rows: they are not changed, and not ended as missing either.
   */
  public ChunkOutcome apply(
      String source, String fileId, List<Eligibility> rows, List<String> seenOnly) {
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    List<Refusal> refused = new ArrayList<>();
    for (Eligibility e : rows) {
      Person person;
      try {
        person =
            personRegistry.findOrRegisterWithoutLogin(
                e.name(), PersonRegistry.RESIDENT_ID, e.idNumber(), null);
      } catch (DomainException ex) {
        refused.add(new Refusal(e.line(), ex.code()));
        continue;
      }
      Optional<Resident> known = repository.findResidentByPerson(person.id());
      if (known.isEmpty()) {
        Resident r = newResident(person, e);
        repository.addResident(r);
        roster.keep(r.id(), source, fileId);
        added++;
        continue;
      }
      Resident r = known.get();
      roster.keep(r.id(), source, fileId);
      boolean ended = r.eligibleTo() != null;
      if (r.status() != ResidentStatus.ACTIVE
          || (!ended && r.category() == e.category() && Objects.equals(r.level(), e.level()))) {
        unchanged++;
        continue;
      }
      LocalDate from = ended ? e.from() : r.eligibleFrom();
      roster.changeEligibility(r.id(), e.category(), e.level(), from, null);
      follow(r.id());
      auditLog.record(
          "PURCHASE_RESIDENT_ELIGIBILITY_CHANGED",
          "purchase_resident",
          r.id(),
          eligibilityJson(r.category(), r.level(), r.eligibleTo()),
          eligibilityJson(e.category(), e.level(), null));
      changed++;
    }
    for (String idNumber : seenOnly) {
      roster.findByIdNumber(idNumber).ifPresent(r -> roster.keep(r.id(), source, fileId));
    }
    return new ChunkOutcome(added, changed, unchanged, refused);
  }

  /**
   * Ends, on {@code lastDay}, the eligibility of the residents {@code source} keeps that the file
   * {@code fileId} (a whole roster) did not list. Residents entered by staff are never ended here.
   */
  public int endMissing(String source, String fileId, LocalDate lastDay) {
    List<String> ended = roster.endMissing(source, fileId, lastDay);
    for (String id : ended) {
      follow(id);
    }
    if (!ended.isEmpty()) {
      auditLog.record(
          "PURCHASE_RESIDENTS_ENDED_BY_ROSTER",
          "purchase_resident",
          fileId,
          null,
          "{\"ended\":" + ended.size() + ",\"lastDay\":\"" + lastDay + "\"}");
    }
    return ended.size();
  }

  /**
   * A death (DECEASED) or move-away (MOVED_AWAY) notice: the resident's eligibility ends on the
   * date (the status from then), their orders after that date that were not yet visited are
   * cancelled, and completed orders on or after it are evaluated again (RESIDENT_GONE). Empty when
   * the person is not on the roster; a resident who already left (died or moved away) is left as
   * is, so a repeated notice changes nothing.
   */
  public Optional<Departure> departed(
      String idNumber, ResidentStatus status, LocalDate on, String note) {
    if (status == ResidentStatus.ACTIVE) {
      throw new IllegalArgumentException("A departure is not ACTIVE");
    }
    if (on.isAfter(ChinaTime.today())) {
      throw DomainException.invalidField("date", "STATUS_DATE_INVALID");
    }
    Optional<Resident> found = roster.findByIdNumber(idNumber);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Resident r = found.get();
    if (r.status() != ResidentStatus.ACTIVE) {
      return Optional.of(new Departure(r.id(), r.personId(), false, 0, 0));
    }
    residents.changeStatus(new Residents.ChangeStatus(r.id(), status, on, note));
    int cancelled = 0;
    int flagged = 0;
    for (ServiceOrder o : roster.ordersOnOrAfter(r.id(), on)) {
      boolean notVisited =
          o.status() == OrderStatus.PENDING_DISPATCH
              || o.status() == OrderStatus.DISPATCHED
              || o.status() == OrderStatus.ACCEPTED;
      if (notVisited && o.serviceDate().isAfter(on)) {
        orders.cancel(o.id());
        cancelled++;
      } else if (o.status() == OrderStatus.COMPLETED || o.status() == OrderStatus.RATED) {
        ServiceOrder locked = repository.lockOrder(o.id()).orElseThrow();
        if (flags.evaluate(locked).stream().anyMatch(f -> f.status().name().equals("OPEN"))) {
          flagged++;
        }
      }
    }
    return Optional.of(new Departure(r.id(), r.personId(), true, cancelled, flagged));
  }

  private Resident newResident(Person person, Eligibility e) {
    return new Resident(
        UUID.randomUUID().toString(),
        person.id(),
        person.name(),
        person.idNumberMasked(),
        person.phoneMasked(),
        e.address(),
        null,
        e.category(),
        e.level(),
        e.from(),
        null,
        ResidentStatus.ACTIVE,
        null,
        requestContext.actor(),
        Instant.now());
  }

  private void follow(String residentId) {
    for (String contractId : repository.contractsOfResident(residentId)) {
      peer.followResidents(contractId);
    }
  }

  private static String eligibilityJson(EligibilityCategory c, String level, LocalDate to) {
    return "{\"category\":\""
        + c
        + "\",\"level\":"
        + (level == null ? "null" : "\"" + level.replace("\"", "") + "\"")
        + ",\"eligibleTo\":"
        + (to == null ? "null" : "\"" + to + "\"")
        + "}";
  }
}
