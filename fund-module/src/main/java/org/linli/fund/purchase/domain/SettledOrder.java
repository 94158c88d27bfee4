package org.linli.fund.purchase.domain;

import java.time.LocalDate;

/**
 * A completed order of the settled month with its outcome: PAID, or DEDUCTED with the reason
 * ({@link SettlementDeductionSource#OPEN_FLAG}, {@link SettlementDeductionSource#REJECTED_FLAG} or
 * a source's own) and the detail (e.g. the flags' rules).
 */
public record SettledOrder(
    String orderId,
    String itemCode,
    long unitPrice,
    LocalDate serviceDate,
    boolean paid,
    String reason,
    String detail) {}
