package org.linli.fund.accounting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads over the posted vouchers of the transaction's tenant, for reports and the close. */
public interface BooksQueries {
  /** Per account code with lines: balance before {@code from}, debits and credits to {@code to}. */
  Map<String, TrialBalance.Movement> movements(LocalDate from, LocalDate to);

  /** Per account code, the balance (debit-positive) after every voucher dated up to {@code at}. */
  Map<String, Long> balancesAt(LocalDate at);

  /** Per account code, the period's movement (debit-positive), closing vouchers left out. */
  Map<String, Long> activity(LocalDate from, LocalDate to);

  /** The amount moved out of 3102 by release vouchers in the period. */
  long released(LocalDate from, LocalDate to);

  /** Per counter account code, the net cash its lines brought in (negative: paid out). */
  Map<String, Long> counterCash(LocalDate from, LocalDate to);

  /** Income and expense balances up to a date by account and fund, for the closing voucher. */
  List<FundBalance> incomeAndExpenseBalances(LocalDate upTo);

  /** Balance (debit-positive) of an account and its sub-accounts before a date. */
  long balanceBefore(String code, LocalDate date);

  /** Detail ledger lines of an account and its sub-accounts, after the cursor key, in order. */
  List<LedgerLine> detail(String code, LocalDate from, LocalDate to, String afterKey, int limit);

  /**
   * A fund's ledger (专账): its posted voucher lines of every account dated in the range, after the
   * cursor key, in order; {@code balance} runs over the range (add {@link #fundSurplus} before it).
   */
  List<FundLine> fundLines(UUID fundId, LocalDate from, LocalDate to, String afterKey, int limit);

  /**
   * A fund's surplus (结余) from its posted lines dated up to {@code upTo} inclusive: credits less
   * debits of income and expense accounts (4xxx, 5xxx), so income raises it and expenses lower it.
   */
  long fundSurplus(UUID fundId, LocalDate upTo);

  /** A line of a fund's ledger with the surplus (within the range) right after it. */
  record FundLine(
      String key,
      LocalDate date,
      UUID voucherId,
      String voucherNumber,
      String accountCode,
      String accountName,
      String summary,
      long debit,
      long credit,
      long balance) {}

  /** Per month of the range: debits and credits of an account and its sub-accounts. */
  List<MonthTotals> monthly(String code, LocalDate from, LocalDate to);

  /**
   * Closed periods, latest first, before {@code beforePeriod} (yyyy-MM, null: from the latest), at
   * most {@code limit}, each with its closing voucher when the close posted one.
   */
  List<ClosedPeriod> closedPeriods(String beforePeriod, int limit);

  record ClosedPeriod(
      String period,
      java.time.Instant closedAt,
      String closedBy,
      UUID closingVoucherId,
      String closingVoucherNumber) {}

  /**
   * Funds with a time restriction that had restricted income (4xxx02 and 明细, closing vouchers left
   * out) or release vouchers in the range: the income, and the releases out of 3102 by date.
   */
  List<TimeRestrictedFund> timeRestrictedFunds(LocalDate from, LocalDate to);

  record TimeRestrictedFund(
      UUID fundId, LocalDate restrictedUntil, long restrictedIncome, List<FundRelease> releases) {}

  record FundRelease(LocalDate date, long amount) {}

  /**
   * Writes the month-end balances of a month whose lines are final (in the close's transaction,
   * after its closing voucher): from then on reports read the month from them, not from its lines.
   */
  void writePeriodBalances(java.time.YearMonth month);

  /**
   * Adds a voucher just posted (status POSTED, lines stored) to its day's balances, in the
   * posting's transaction: reports read the days no month-end balance covers from them.
   */
  void addDayBalances(UUID voucherId);

  record FundBalance(String code, UUID fundId, long balance) {}

  /** A line in the detail ledger with the balance right after it; key orders the ledger. */
  record LedgerLine(
      String key,
      LocalDate date,
      UUID voucherId,
      String voucherNumber,
      String accountCode,
      String summary,
      long debit,
      long credit,
      long balance) {}

  record MonthTotals(String period, long debit, long credit) {}
}
