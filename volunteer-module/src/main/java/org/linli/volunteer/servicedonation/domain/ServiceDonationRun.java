package org.linli.volunteer.servicedonation.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A run of "record service donations for month" that valued or reversed something, in the mode of
 * the setting (RECOGNISE or DISCLOSE), with the voucher it posted (none for a disclosure, or when
 * every amount rounded to zero). {@code rateFenPerHour} is the default rate in force; each entry
 * keeps the rate of its own category.
 */
public record ServiceDonationRun(
    String id,
    String month,
    ServiceDonationMode mode,
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
