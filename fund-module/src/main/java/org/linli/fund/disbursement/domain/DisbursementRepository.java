package org.linli.fund.disbursement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Disbursements of the transaction's tenant. */
public interface DisbursementRepository {
  void add(Disbursement d);

  /** Stores the status, rejection, payment and backfill (the request itself never changes). */
  void update(Disbursement d);

  void addApproval(UUID disbursementId, Approval approval);

  Optional<Disbursement> find(UUID id);

  /** The disbursement under a row lock until commit: approvals and payments of one queue. */
  Optional<Disbursement> lock(UUID id);

  /** Newest first; filters may be null. */
  List<Disbursement> list(
      DisbursementStatus status, Lane lane, Instant afterCreatedAt, String afterId, int limit);

  /** Fast-lane cases with a pending backfill due before {@code today}, oldest due first. */
  List<Disbursement> overdueBackfills(
      LocalDate today, LocalDate afterDue, String afterId, int limit);

  /** Fast-lane cases whose payment fell in [from, to). */
  List<Disbursement> fastCases(Instant from, Instant to);

  /** Sum paid through the fast lane to one beneficiary for one cause in a calendar year. */
  long fastPaidTo(String beneficiaryKey, String cause, int year);

  /** Marks an overdue backfill as escalated; false when it already was (repeat runs). */
  boolean markEscalated(UUID id, Instant at);

  void addRecovery(RecoveryItem item);

  List<RecoveryItem> recoveries(Instant afterOpenedAt, String afterId, int limit);
}
