package org.linli.fund.purchase.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published (CDI event, inside the completing transaction) when the worker checks out and the order
 * becomes 已完成. {@code tenantId} is the tenant whose transaction fires it (the provider, the
 * worker's organization). The volunteer module observes it to record the worker's service hours
 * when the worker is one of the provider's volunteers (once per order id).
 */
public record ServiceOrderCompleted(
    String tenantId,
    String orderId,
    String contractNo,
    String contractTitle,
    String workerPersonId,
    String itemName,
    LocalDate serviceDate,
    Instant startedAt,
    Instant endedAt,
    String address,
    String providerName,
    String dispatchedBy) {}
