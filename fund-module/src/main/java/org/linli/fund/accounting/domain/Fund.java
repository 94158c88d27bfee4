package org.linli.fund.accounting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.linli.kernel.error.DomainException;

/**
 * A fund (基金/项目): restricted money kept for a purpose and/or until a date. Its balance lives in a
 * no-negative ledger account ({@code ledgerAccountId}) that moves with every restricted line naming
 * the fund, so the engine refuses any charge that would take it below zero.
 */
public record Fund(
    UUID id,
    String name,
    String purpose,
    String restrictionPurpose,
    LocalDate restrictedUntil,
    Long budget,
    LocalDate startDate,
    LocalDate endDate,
    Status status,
    String ledgerAccountId,
    String createdBy,
    Instant createdAt) {

  public enum Status {
    ACTIVE,
    CLOSED
  }

  /** A new active fund; the checks here are the fund's own (name, dates, budget). */
  public static Fund create(
      UUID id,
      String name,
      String purpose,
      String restrictionPurpose,
      LocalDate restrictedUntil,
      Long budget,
      LocalDate startDate,
      LocalDate endDate,
      String ledgerAccountId,
      String createdBy,
      Instant now) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw DomainException.invalidField("name", "INVALID_FUND_NAME");
    }
    if (budget != null && budget < 0) {
      throw DomainException.invalidField("budget", "INVALID_AMOUNT");
    }
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      throw DomainException.invalidField("endDate", "FUND_END_BEFORE_START");
    }
    return new Fund(
        id,
        name.strip(),
        purpose,
        restrictionPurpose,
        restrictedUntil,
        budget,
        startDate,
        endDate,
        Status.ACTIVE,
        ledgerAccountId,
        createdBy,
        now);
  }
}
