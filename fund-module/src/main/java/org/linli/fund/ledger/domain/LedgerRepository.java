package org.linli.fund.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ledger of the transaction's tenant. */
public interface LedgerRepository {
  Optional<Account> findAccount(String id);

  void addAccount(Account account);

  /**
   * The oldest account of this kind and owner (null owner: an organization-level account), so
   * modules that open accounts on first use find them again.
   */
  Optional<Account> findAccount(String kind, Account.Owner owner);

  /**
   * Inserts a singleton account unless one with its key exists (waiting for a concurrent insert of
   * the same key to commit), then returns the account that holds the key.
   */
  Account addSingletonAccount(Account account);

  Optional<Account> findSingleton(String singletonKey);

  /** The singleton accounts that exist among these keys, in one statement (any order). */
  List<Account> findSingletons(Collection<String> singletonKeys);

  /** Locks the account row and reads its balance fresh from the database; empty when none. */
  Optional<Long> lockBalance(String id);

  List<Account> accounts(String afterId, int limit);

  /**
   * Locks the account row (SELECT ... FOR UPDATE) and returns its unit, empty when there is none.
   * Callers lock in ascending id order so concurrent transactions never deadlock.
   */
  Optional<Unit> lockAccount(String id);

  /** Inserts the transaction header; false when the id (or the reversal target) is taken. */
  boolean insertTransaction(LedgerTransaction tx, String contentHash, String by, Instant at);

  void insertPostings(LedgerTransaction tx);

  /**
   * Adds {@code delta} to the balance unless that would take a no-negative account below zero.
   *
   * @return false when refused
   */
  boolean applyDelta(String accountId, long delta);

  Optional<StoredTransaction> findTransaction(String id);

  /** The id of the transaction reversing {@code originalId}, if any. */
  Optional<String> reversalOf(String originalId);

  boolean periodClosed(String period);

  /**
   * Takes the period's close lock (exclusive with postings into any period) without closing it, for
   * a close that must post its own closing entries first; held until commit.
   */
  void lockPeriodForClose(String period);

  /** Records the period as closed; false when it already was. */
  boolean closePeriod(String period, String by, Instant at);

  /**
   * Statement lines in posting order after {@code afterSeq}, those with an effective date in
   * [{@code from}, {@code to}] when given (the running balance still counts every posting).
   */
  List<StatementLine> statement(
      String accountId, LocalDate from, LocalDate to, long afterSeq, int limit);

  long balanceAt(String accountId, LocalDate at);

  /** The account's postings effective from {@code from} to {@code to} (inclusive), in order. */
  List<StatementLine> postingsBetween(String accountId, LocalDate from, LocalDate to, int limit);

  Invariants invariants();

  /** A posted transaction with what the idempotency check needs. */
  record StoredTransaction(LedgerTransaction tx, String contentHash, Instant createdAt) {}

  /** One statement line: a posting and the account balance right after it. */
  record StatementLine(
      long seq,
      String transactionId,
      String kind,
      String memo,
      LocalDate effectiveDate,
      long amount,
      long runningBalance) {}

  /** Counts behind the invariant check of one tenant. */
  record Invariants(long accounts, long postings, long unbalancedUnits, long mismatchedAccounts) {
    public boolean ok() {
      return unbalancedUnits == 0 && mismatchedAccounts == 0;
    }
  }
}
