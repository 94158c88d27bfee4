package org.linli.fund.receipt.application;

import java.time.LocalDate;

/**
 * Published (CDI event, inside the issuing transaction) when a donation receipt (公益事业捐赠票据) is
 * issued: the integration outbox observes it to report the receipt's data to the provincial
 * e-receipt platform. Holds the printed facts (票面) and the receipt's code, number and check code.
 */
public record ReceiptIssued(
    String tenantId,
    String receiptId,
    String receiptCode,
    String receiptNumber,
    String checkCode,
    String donationId,
    String payerName,
    String payerCode,
    LocalDate issuedOn,
    String projectCode,
    String projectName,
    String unit,
    String quantity,
    long standardFen,
    long amountFen,
    String remark) {}
