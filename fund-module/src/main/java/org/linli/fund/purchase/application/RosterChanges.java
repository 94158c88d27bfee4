package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.fund.purchase.domain.OrderStatus;
import org.linli.fund.purchase.domain.PurchasePeer;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.ResidentStatus;
import org.linli.fund.purchase.domain.RosterRepository;
import org.linli.fund.purchase.domain.ServiceOrder;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.crypto.KeyedHasher;
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
  @Inject KeyedHasher hasher;

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
   *
   * <p>Set-wise, whatever the chunk's size: its people found or registered in two statements, its
   * residents read in one, then the diff is worked out here, row by row in file order (a person
   * listed twice ends as the later row says, as if applied one after the other), and written back
   * in a few statements: the new residents, the marks of the known ones, the changed eligibilities.
   */
  public ChunkOutcome apply(
      String source, String fileId, List<Eligibility> rows, List<String> seenOnly) {
    List<Refusal> refused = new ArrayList<>();
    List<PersonRegistry.Resolved> people =
        personRegistry.findOrRegisterAllWithoutLogin(
            PersonRegistry.RESIDENT_ID,
            rows.stream().map(e -> new PersonRegistry.Listed(e.name(), e.idNumber())).toList());
    Map<String, Resident> known =
        roster.residentsOfPersons(
            people.stream()
                .filter(p -> p.person() != null)
                .map(p -> p.person().id())
                .collect(Collectors.toSet()));
    Map<String, Resident> current = new HashMap<>(known); // by person, as the rows leave them
    Map<String, Resident> changedKnown = new LinkedHashMap<>(); // by resident id
    Map<String, Resident> added = new LinkedHashMap<>(); // by person
    List<String[]> audits = new ArrayList<>();
    int unchanged = 0;
    int changed = 0;
    for (int i = 0; i < rows.size(); i++) {
      Eligibility e = rows.get(i);
      PersonRegistry.Resolved p = people.get(i);
      if (p.person() == null) {
        refused.add(new Refusal(e.line(), p.refusal()));
        continue;
      }
      Resident r = current.get(p.person().id());
      if (r == null) {
        Resident fresh = newResident(p.person(), e);
        current.put(fresh.personId(), fresh);
        added.put(fresh.personId(), fresh);
        continue;
      }
      boolean ended = r.eligibleTo() != null;
      if (r.status() != ResidentStatus.ACTIVE
          || (!ended && r.category() == e.category() && Objects.equals(r.level(), e.level()))) {
        unchanged++;
        continue;
      }
      Resident next =
          withEligibility(r, e.category(), e.level(), ended ? e.from() : r.eligibleFrom());
      current.put(next.personId(), next);
      if (added.containsKey(next.personId())) {
        added.put(next.personId(), next);
      } else {
        changedKnown.put(next.id(), next);
      }
      audits.add(
          new String[] {
            r.id(),
            eligibilityJson(r.category(), r.level(), r.eligibleTo()),
            eligibilityJson(e.category(), e.level(), null)
          });
      changed++;
    }
    roster.addAll(List.copyOf(added.values()), source, fileId);
    roster.keepAll(
        known.values().stream().map(Resident::id).collect(Collectors.toCollection(TreeSet::new)),
        source,
        fileId);
    for (String contractId : roster.changeAll(List.copyOf(changedKnown.values()))) {
      peer.followResidents(contractId);
    }
    for (String[] a : audits) {
      auditLog.record(
          "PURCHASE_RESIDENT_ELIGIBILITY_CHANGED", "purchase_resident", a[0], a[1], a[2]);
    }
    roster.keepListed(idKeys(seenOnly), source, fileId);
    return new ChunkOutcome(added.size(), changed, unchanged, refused);
  }

  private List<String> idKeys(List<String> idNumbers) {
    List<String> keys = new ArrayList<>();
    for (String n : idNumbers) {
      try {
        String number = PersonRegistry.parseDocument(PersonRegistry.RESIDENT_ID, n).number();
        keys.add(hasher.hash(PersonRegistry.RESIDENT_ID + ":" + number));
      } catch (DomainException e) {
        // not a number the platform could hold
      }
    }
    return keys;
  }

  private static Resident withEligibility(
      Resident r, EligibilityCategory category, String level, LocalDate from) {
    return new Resident(
        r.id(),
        r.personId(),
        r.name(),
        r.idMasked(),
        r.phoneMasked(),
        r.address(),
        r.location(),
        category,
        level,
        from,
        null,
        r.status(),
        r.statusOn(),
        r.createdBy(),
        r.createdAt());
  }

  /**
   * Ends, on {@code lastDay}, the eligibility of the residents {@code source} keeps that the file
   * {@code fileId} (a whole roster) did not list. Residents entered by staff are never ended here.
   */
  public int endMissing(String source, String fileId, LocalDate lastDay) {
    List<String> ended = roster.endMissing(source, fileId, lastDay);
    for (String contractId : roster.contractsOf(ended)) {
      peer.followResidents(contractId); // once per contract, however many of its residents ended
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
