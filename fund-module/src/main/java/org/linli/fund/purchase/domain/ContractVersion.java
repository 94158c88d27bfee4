package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A version of the contract in force from a date: version 1 as signed, then each amendment. */
public record ContractVersion(
    int version,
    LocalDate effectiveFrom,
    LocalDate termEnd,
    long totalAmount,
    String note,
    String createdBy,
    Instant createdAt,
    List<ContractItem> items) {

  public ContractItem item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
  }
}
