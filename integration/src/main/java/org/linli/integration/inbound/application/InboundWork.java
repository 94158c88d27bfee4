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
import org.linli.fund.purchase.application.RosterChanges.Departure;
import org.linli.fund.purchase.application.RosterChanges.Eligibility;
import org.linli.fund.purchase.domain.ResidentStatus;
import org.linli.integration.inbound.domain.InboundFile;
import org.linli.integration.inbound.domain.ListKind;
import org.linli.integration.inbound.domain.NoticeRow.Notice;
import org.linli.integration.inbound.domain.RosterRow.Rejection;
import org.linli.integration.inbound.infrastructure.InboundStore;
import org.linli.integration.inbound.infrastructure.InboundStore.Claim;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.application.PersonRegistry;

/**
 * The transactions of receiving a list, each its own and bound to the admitted organization: the
 * claim (or the take-over of a file whose node died), every chunk (the roster change and the file's
 * counts, rejected rows and the line reached commit together), the end. So a crash loses at most
 * the chunk under way, a resumed file goes on after the last committed line, and no transaction
 * mixes two tenants.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TenantScoped
public class InboundWork {
  @Inject InboundStore store;
  @Inject RosterChanges roster;
  @Inject PersonRegistry people;
  @Inject InboundSettings settings;

  /** The new file's claim, or empty when these bytes came from this source before. */
  public Optional<Claim> claim(String source, ListKind kind, String name, String checksum) {
    return store.claim(source, kind.name(), name, checksum, Instant.now());
  }

  /** The file with these bytes, when it was left PROCESSING and its lease is older than that. */
  public Optional<Claim> takeOver(String source, String checksum, Instant staleBefore) {
    return store.takeOver(source, checksum, Instant.now(), staleBefore);
  }

  public Optional<InboundFile> known(String source, String checksum) {
    return store.bySum(source, checksum);
  }

  public InboundFile file(String fileId) {
    return store.file(fileId).orElseThrow();
  }

  /** The claim again, after the lines its committed chunks reached (to go on after a failure). */
  public Claim resumed(Claim claim) {
    return new Claim(claim.fileId(), claim.attempt(), store.lastLine(claim.fileId()));
  }

  /** Notes on the file that an attempt failed for a temporary reason, for staff to see. */
  public void temporaryFailure(String fileId, String error) {
    store.temporaryFailure(fileId, "TEMPORARY: " + error);
  }

  public void period(String fileId, LocalDate period) {
    store.setPeriod(fileId, period);
  }

  /** One chunk of a roster: valid rows applied, the others reported, up to {@code lastLine}. */
  public void rosterChunk(
      String source,
      Claim claim,
      int lastLine,
      int rows,
      List<Eligibility> valid,
      List<Rejection> rejected,
      List<String> seenOnly) {
    store.lockTimeout(settings.lockTimeout());
    ChunkOutcome outcome = roster.apply(source, claim.fileId(), valid, seenOnly);
    List<Rejection> all = new ArrayList<>(rejected);
    outcome.refused().forEach(r -> all.add(new Rejection(r.line(), r.code(), "idNumber", null)));
    int applied = valid.size() - outcome.refused().size();
    store.chunk(claim, lastLine, rows, applied, outcome.added(), outcome.changed(), all);
  }

  /** The end of a whole roster: residents it no longer lists end on {@code lastDay}. */
  public int finishRoster(String source, Claim claim, LocalDate lastDay) {
    store.lockTimeout(settings.lockTimeout());
    // A late file of an earlier month adds and changes, but ends no one: the later roster rules.
    int ended =
        store.laterRosterApplied(source, claim.fileId())
            ? 0
            : roster.endMissing(source, claim.fileId(), lastDay);
    store.applied(claim, ended, Instant.now());
    return ended;
  }

  /** One rejected row of a notice list. */
  public void reject(Claim claim, Rejection r) {
    store.chunk(claim, r.line(), 1, 0, 0, 0, List.of(r));
  }

  public void finish(Claim claim) {
    store.applied(claim, 0, Instant.now());
  }

  public String unreadable(String fileId, String error) {
    return store.unreadable(fileId, error, Instant.now());
  }

  /** The platform person holding this 居民身份证 number, if known; registers no one. */
  public Optional<String> person(String idNumber) {
    return people.findWithoutRegistering(PersonRegistry.RESIDENT_ID, idNumber);
  }

  /**
   * One death or move-away notice, with the file's counts: the resident leaves the roster from the
   * date (eligibility, future orders cancelled, visits after it flagged). The platform person the
   * notice names, when known, for the time bank's deceased-holder rule (worked after this
   * transaction, in each organization's own); empty when the platform does not know them.
   */
  public Optional<String> notice(Claim claim, ListKind kind, Notice n) {
    ResidentStatus status =
        kind == ListKind.MOVE ? ResidentStatus.MOVED_AWAY : ResidentStatus.DECEASED;
    String note = kind == ListKind.MOVE ? "民政迁出通知" : "民政死亡通知";
    Optional<Departure> outcome = roster.departed(n.idNumber(), status, n.date(), note);
    if (outcome.isEmpty()) {
      store.chunk(
          claim,
          n.line(),
          1,
          0,
          0,
          0,
          List.of(new Rejection(n.line(), "RESIDENT_UNKNOWN", "idNumber", n.idMasked())));
      return people.findWithoutRegistering(PersonRegistry.RESIDENT_ID, n.idNumber());
    }
    Departure o = outcome.get();
    store.chunk(claim, n.line(), 1, 1, 0, o.applied() ? 1 : 0, List.of());
    return Optional.of(o.personId());
  }
}
