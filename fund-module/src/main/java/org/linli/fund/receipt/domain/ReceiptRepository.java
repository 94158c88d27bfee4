package org.linli.fund.receipt.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Receipt series and receipts of the current organization. */
public interface ReceiptRepository {
  void addSeries(ReceiptSeries series);

  List<ReceiptSeries> allSeries();

  Optional<ReceiptSeries> findSeries(String id);

  /** The first series (by registration) with numbers left, if any. */
  Optional<ReceiptSeries> openSeries();

  /**
   * Takes the series' next number when it equals {@code expected} (or any next number when null),
   * in one guarded update that holds the series row until commit: concurrent issues queue here, and
   * a rollback gives the number back, so numbers have no gaps. Empty when exhausted or not next.
   */
  OptionalLong takeNext(String seriesId, Long expected);

  void add(Receipt receipt);

  Optional<Receipt> find(String id);

  Optional<Receipt> findByNumber(String receiptCode, long receiptNo);

  Optional<Receipt> validFor(String donationId);

  /** Newest first (issued at, then id); the filters may be null. */
  List<Receipt> list(
      Receipt.Status status,
      String donationId,
      java.time.Instant afterAt,
      String afterId,
      int limit);
}
