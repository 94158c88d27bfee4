package org.linli.fund.accounting.application;

import java.util.UUID;

/**
 * One line of a voucher given by code: exactly one of debit and credit is positive (fen). A line on
 * a restricted account (3102, income or expense {@code ...02}) names its fund.
 */
public record VoucherLine(
    String accountCode, long debitFen, long creditFen, UUID fundId, String summary) {}
