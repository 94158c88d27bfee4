package org.linli.fund.ledger.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.linli.fund.ledger.domain.LedgerRepository;
import org.linli.fund.ledger.domain.LedgerRepository.StoredTransaction;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Posting;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * Posting transactions, reversals and period closes. Postings and balances change in one database
 * transaction: accounts are locked in ascending id order (no deadlocks between postings), then each
 * balance moves by a guarded single-row update, so no-negative accounts cannot be overdrawn.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class LedgerPostings {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * Ids this transaction found unposted ({@link #posted}); a private key nobody can collide with.
   */
  private static final Object SEEN_UNPOSTED = new Object();

  @Inject LedgerRepository ledger;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  @Resource TransactionSynchronizationRegistry txRegistry;

  /** The outcome of a post: the transaction and whether it was already posted before. */
  public record Posted(StoredTransaction stored, boolean replay) {}

  public Posted post(LedgerTransaction tx) {
    // A caller that just asked posted(id) in this transaction was told no: the replay read is
    // skipped (issue 22). A post of the same id committed meanwhile is still caught by the insert.
    Set<String> unposted = seenUnposted();
    if (unposted == null || !unposted.remove(tx.id())) {
      var earlier = replayOf(tx);
      if (earlier != null) {
        return earlier;
      }
    }
    requireOpen(tx.effectiveDate());
    Map<String, Long> deltas = lockAndCheck(tx);
    // Microseconds, as stored, so the transaction returned below equals the one read back later.
    Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (!ledger.insertTransaction(tx, tx.contentHash(), requestContext.actor(), createdAt)) {
      // Someone committed the same id (or a reversal of the same original) while we waited.
      var raced = replayOf(tx);
      if (raced != null) {
        return raced;
      }
      throw alreadyReversed();
    }
    ledger.insertPostings(tx);
    deltas.forEach(
        (account, delta) -> {
          if (!ledger.applyDelta(account, delta)) {
            throw DomainException.rule("INSUFFICIENT_BALANCE").with(account);
          }
        });
    auditLog.record(
        tx.reversesId() == null ? "LEDGER_POSTED" : "LEDGER_REVERSED",
        "ledger_transaction",
        tx.id(),
        null,
        "{\"postings\":" + tx.postings().size() + ",\"hash\":\"" + tx.contentHash() + "\"}");
    // Built from what was just written, not read back: the accounts are still locked here.
    return new Posted(new StoredTransaction(tx, tx.contentHash(), createdAt), false);
  }

  public Posted reverse(String originalId, String newId, String memo) {
    StoredTransaction original = get(originalId);
    var existing = ledger.findTransaction(newId);
    if (existing.isEmpty() && ledger.reversalOf(originalId).isPresent()) {
      throw alreadyReversed();
    }
    LocalDate today = LocalDate.now(CHINA);
    LocalDate date = existing.map(e -> e.tx().effectiveDate()).orElse(today);
    return post(original.tx().reversal(newId, memo, date));
  }

  public StoredTransaction get(String transactionId) {
    return ledger
        .findTransaction(transactionId)
        .orElseThrow(() -> DomainException.notFound("TRANSACTION_NOT_FOUND"));
  }

  /** Whether a transaction with this id is already posted. */
  public boolean posted(String transactionId) {
    boolean posted = ledger.findTransaction(transactionId).isPresent();
    Set<String> unposted = seenUnposted();
    if (!posted && unposted != null) {
      unposted.add(transactionId);
    }
    return posted;
  }

  @SuppressWarnings("unchecked")
  private Set<String> seenUnposted() {
    if (txRegistry.getTransactionKey() == null) {
      return null;
    }
    Set<String> ids = (Set<String>) txRegistry.getResource(SEEN_UNPOSTED);
    if (ids == null) {
      ids = new HashSet<>();
      txRegistry.putResource(SEEN_UNPOSTED, ids);
    }
    return ids;
  }

  public void closePeriod(YearMonth period) {
    if (!ledger.closePeriod(period.toString(), requestContext.actor(), Instant.now())) {
      throw DomainException.conflict("PERIOD_ALREADY_CLOSED");
    }
    auditLog.record(
        "LEDGER_PERIOD_CLOSED", "ledger_period", period.toString(), null, "{\"closed\":true}");
  }

  private Posted replayOf(LedgerTransaction tx) {
    return ledger
        .findTransaction(tx.id())
        .map(
            stored -> {
              if (!stored.contentHash().equals(tx.contentHash())) {
                throw DomainException.rule("TRANSACTION_ID_REUSED");
              }
              return new Posted(stored, true);
            })
        .orElse(null);
  }

  private void requireOpen(LocalDate effectiveDate) {
    if (ledger.periodClosed(YearMonth.from(effectiveDate).toString())) {
      throw DomainException.rule("PERIOD_CLOSED");
    }
  }

  /** Locks every account once, in id order, checks units, and sums each account's delta. */
  private Map<String, Long> lockAndCheck(LedgerTransaction tx) {
    Map<String, Long> deltas = new TreeMap<>();
    Map<String, Unit> units = new TreeMap<>();
    tx.postings().forEach(p -> deltas.merge(p.accountId(), p.amount(), Math::addExact));
    for (String account : deltas.keySet()) {
      units.put(
          account,
          ledger
              .lockAccount(account)
              .orElseThrow(() -> DomainException.notFound("ACCOUNT_NOT_FOUND").with(account)));
    }
    for (Posting p : tx.postings()) {
      if (units.get(p.accountId()) != p.unit()) {
        throw DomainException.invalidField("postings", "UNIT_MISMATCH")
            .with(p.accountId(), units.get(p.accountId()));
      }
    }
    return deltas;
  }

  private static DomainException alreadyReversed() {
    return DomainException.conflict("ALREADY_REVERSED");
  }
}
