package org.linli.fund.accounting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.linli.fund.accounting.domain.Voucher;

/**
 * A posted voucher as other contexts see it; {@code replay} is true when the id had been posted
 * before with the same content (nothing new was written).
 */
public record PostedVoucher(
    UUID id,
    String period,
    String number,
    LocalDate date,
    String source,
    UUID sourceId,
    Instant postedAt,
    Voucher voucher,
    boolean replay) {
  static PostedVoucher of(Voucher v, boolean replay) {
    return new PostedVoucher(
        v.id(),
        v.period(),
        v.numberText(),
        v.date(),
        v.source(),
        v.sourceId(),
        v.postedAt(),
        v,
        replay);
  }
}
