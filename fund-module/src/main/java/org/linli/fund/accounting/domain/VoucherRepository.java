package org.linli.fund.accounting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The vouchers of the transaction's tenant. */
public interface VoucherRepository {
  /** Inserts a draft or posted voucher with its lines. */
  void add(Voucher voucher);

  /** Records approval and posting of a stored draft (lines never change). */
  void markPosted(Voucher voucher);

  void markApproved(Voucher voucher);

  Optional<Voucher> find(UUID id);

  /** Locks the draft's row so two approvals of one draft queue (the second sees it posted). */
  Optional<Voucher> lock(UUID id);

  Optional<String> contentHash(UUID id);

  Optional<UUID> reversalOf(UUID id);

  /** The next voucher number of the period, under a row lock held until commit (gapless). */
  int nextNumber(String period);

  List<Voucher> list(
      LocalDate from,
      LocalDate to,
      Voucher.Status status,
      LocalDate afterDate,
      String afterId,
      int limit);

  /** Posted restricted expense lines charged to the fund, oldest first. */
  List<PostingLine> fundCharges(UUID fundId, int limit);

  /** A posted voucher line with its voucher's number, date and source. */
  record PostingLine(
      UUID voucherId,
      String voucherNumber,
      LocalDate date,
      String accountCode,
      String accountName,
      long debit,
      long credit,
      UUID fundId,
      String summary,
      String source,
      UUID sourceId) {}
}
