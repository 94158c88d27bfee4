package org.linli.fund.purchase.application;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Published (CDI event, inside the accepting transaction) when the buyer accepts a contract's
 * monthly settlement: the integration outbox observes it to report the settlement to the city's
 * 养老服务 platform. {@code tenantId} is the tenant whose transaction fires it (the buyer).
 */
public record SettlementAccepted(
    String tenantId,
    String settlementId,
    String contractId,
    String contractNo,
    String buyerTenantId,
    String providerTenantId,
    YearMonth month,
    int orderCount,
    BigDecimal amountDue) {}
