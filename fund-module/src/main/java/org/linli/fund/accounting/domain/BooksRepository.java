package org.linli.fund.accounting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The books of the transaction's tenant: which 制度 version, and the chart. */
public interface BooksRepository {
  Optional<ChartVersion> version();

  /**
   * Opens the books unless they are open (waiting for a concurrent opening); true if opened now.
   */
  boolean open(ChartVersion version, Instant at);

  void addAccount(ChartAccount account, Instant at);

  Optional<ChartAccount> account(String code);

  List<ChartAccount> chart();

  /** Whether some account has {@code code} as its parent (postings go to leaves only). */
  boolean hasChildren(String code);

  /** Whether any voucher line (draft or posted) is on this very account. */
  boolean hasLines(String code);
}
