package org.linli.fund.accounting.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A voucher generated from a business document that carries its own approval (a donation, a
 * disbursement), posted at once. {@code id} is the idempotency key: the same id with the same
 * content returns the first result; with other content it is 422 VOUCHER_ID_REUSED.
 *
 * @param source what generated it, e.g. DONATION, DISBURSEMENT
 * @param madeBy the person whose document it is (recorded as maker and approver)
 */
public record SystemVoucher(
    UUID id,
    LocalDate date,
    String summary,
    String source,
    UUID sourceId,
    List<VoucherLine> lines,
    UUID madeBy) {
  public SystemVoucher {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
