package org.linli.fund.accounting.api;

import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.error.DomainException;

/** Money on the wire: decimal strings in yuan with at most two decimals ("123.45"). */
final class Amounts {
  private Amounts() {}

  /** A positive amount in fen; 400 INVALID_AMOUNT for zero, a sign, or more than two decimals. */
  static long positive(String field, String text) {
    long fen = Unit.CNY.parse(field, text);
    if (fen <= 0) {
      throw DomainException.invalidField(field, "INVALID_AMOUNT");
    }
    return fen;
  }

  static String yuan(long fen) {
    return Unit.CNY.format(fen);
  }

  static String yuanOrNull(Long fen) {
    return fen == null ? null : yuan(fen);
  }
}
