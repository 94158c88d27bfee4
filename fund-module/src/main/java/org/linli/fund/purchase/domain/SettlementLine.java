package org.linli.fund.purchase.domain;

/**
 * A settlement's figures for one item at one unit price (fen): completed orders and their gross,
 * deducted orders and their amount, and what is due.
 */
public record SettlementLine(
    String itemCode,
    String name,
    ServiceUnit unit,
    long unitPrice,
    int completedCount,
    long grossAmount,
    int deductedCount,
    long deductionAmount,
    int settledCount,
    long amountDue) {}
