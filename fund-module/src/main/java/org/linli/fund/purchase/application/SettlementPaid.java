package org.linli.fund.purchase.application;

/**
 * Fired (CDI event, inside the buyer's transaction) when the buyer records the payment of an
 * invoiced settlement; after commit the provider's books post the receipt (ADR 0020).
 */
public record SettlementPaid(String settlementId, String providerTenantId) {}
