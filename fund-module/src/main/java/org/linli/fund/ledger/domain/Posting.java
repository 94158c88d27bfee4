package org.linli.fund.ledger.domain;

/** One line of a transaction: a signed amount in minor units on one account. */
public record Posting(String accountId, Unit unit, long amount) {}
