package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linli.fund.purchase.application.RosterChanges;
import org.linli.fund.purchase.application.RosterChanges.ChunkOutcome;
import org.linli.fund.purchase.application.RosterChanges.DeathOutcome;
import org.linli.fund.purchase.application.RosterChanges.Eligibility;
import org.linli.integration.inbound.domain.RosterRow.Rejection;
import org.linli.integration.inbound.infrastructure.InboundStore;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.timebank.application.TimeAccounts;
import org.linli.volunteer.timebank.domain.DeceasedSettlementRepository;

/**
 * The transactions of receiving a list, each its own and bound to the admitted organization: the
 * claim, every chunk (the roster change and the file's counts and rejected rows commit together),
 * the end. So a crash loses at most the chunk under way, and never mixes two tenants.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TenantScoped
public class InboundWork {
  public static final String DECEASED_VOLUNTEER_BALANCE = "DECEASED_VOLUNTEER_BALANCE";

  @Inject InboundStore store;
  @Inject RosterChanges roster;
  @Inject VolunteerRepository volunteers;
  @Inject TimeAccounts timeAccounts;
  @Inject DeceasedSettlementRepository deceasedSettlements;

  /** The new file's id, or empty when these bytes came from this source before. */
  public Optional<String> claim(String source, String kind, String name, String checksum) {
    return store.claim(source, kind, name, checksum, Instant.now());
  }

  public Optional<org.linli.integration.inbound.domain.InboundFile> known(
      String source, String checksum) {
    return store.bySum(source, checksum);
  }

  public void period(String fileId, LocalDate period) {
    store.setPeriod(fileId, period);
  }

  /** One chunk of a roster: valid rows applied, the others reported. */
  public int[] rosterChunk(
      String source,
      String fileId,
      int rows,
      List<Eligibility> valid,
      List<Rejection> rejected,
      List<String> seenOnly) {
    ChunkOutcome outcome = roster.apply(source, fileId, valid, seenOnly);
    List<Rejection> all = new ArrayList<>(rejected);
    outcome.refused().forEach(r -> all.add(new Rejection(r.line(), r.code(), "idNumber", null)));
    int applied = valid.size() - outcome.refused().size();
    store.chunk(fileId, rows, applied, outcome.added(), outcome.changed(), all);
    return new int[] {applied, all.size()};
  }

  /** The end of a whole roster: residents it no longer lists end on {@code lastDay}. */
  public int finishRoster(String source, String fileId, LocalDate lastDay) {
    // A late file of an earlier month adds and changes, but ends no one: the later roster rules.
    int ended =
        store.laterRosterApplied(source, fileId) ? 0 : roster.endMissing(source, fileId, lastDay);
    store.applied(fileId, ended, Instant.now());
    return ended;
  }

  /** One rejected row of a notice list. */
  public void reject(String fileId, int line, String code, String field, String idMasked) {
    store.chunk(fileId, 1, 0, 0, 0, List.of(new Rejection(line, code, field, idMasked)));
  }

  public void finish(String fileId) {
    store.applied(fileId, 0, Instant.now());
  }

  public String unreadable(String fileId, String error) {
    return store.unreadable(fileId, error, Instant.now());
  }

  /**
   * One death notice, with the file's counts: the roster side (eligibility, orders, flags), then,
   * for a volunteer of this organization with time in the bank, a task for staff to settle it under
   * the time bank's deceased-holder rule (never an automatic transfer).
   */
  public boolean death(
      String fileId, int line, String idNumber, String idMasked, LocalDate died, String name) {
    Optional<DeathOutcome> outcome = roster.deceased(idNumber, died);
    if (outcome.isEmpty()) {
      store.chunk(
          fileId,
          1,
          0,
          0,
          0,
          List.of(new Rejection(line, "RESIDENT_UNKNOWN", "idNumber", idMasked)));
      return false;
    }
    DeathOutcome o = outcome.get();
    store.chunk(fileId, 1, 1, 0, o.applied() ? 1 : 0, List.of());
    Optional<Volunteer> volunteer = volunteers.findByPerson(o.personId());
    if (volunteer.isPresent() && deceasedSettlements.find(volunteer.get().id()).isEmpty()) {
      TimeAccounts.View balance = timeAccounts.of(volunteer.get().id());
      long minutes = balance.balanceMinutes() + balance.donateOnlyMinutes();
      if (minutes > 0) {
        store.task(
            DECEASED_VOLUNTEER_BALANCE,
            volunteer.get().id(),
            fileId,
            jakarta.json.Json.createObjectBuilder()
                .add("name", name)
                .add("idMasked", idMasked)
                .add("dateOfDeath", died.toString())
                .add("balanceMinutes", minutes)
                .build()
                .toString(),
            Instant.now());
      }
    }
    return true;
  }
}
