package org.linli.volunteer.servicedonation.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A run of "record service donations for month" that valued or reversed something, with the voucher
 * it posted (none when every amount rounded to zero).
 */
public record ServiceDonationRun(
    String id,
    String month,
    String voucherId,
    String voucherPeriod,
    String voucherNumber,
    LocalDate voucherDate,
    long rateFenPerHour,
    int recordCount,
    long minutes,
    long amountFen,
    int reversedCount,
    long reversedMinutes,
    long reversedFen,
    String runBy,
    Instant runAt) {}
