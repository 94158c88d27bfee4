package org.linli.fund.accounting.domain;

/** The 制度's five classes of accounts, each with its normal balance side. */
public enum AccountCategory {
  ASSET(Side.DEBIT),
  LIABILITY(Side.CREDIT),
  NET_ASSETS(Side.CREDIT),
  INCOME(Side.CREDIT),
  EXPENSE(Side.DEBIT);

  private final Side side;

  AccountCategory(Side side) {
    this.side = side;
  }

  public Side normalSide() {
    return side;
  }

  /** The class a standard code belongs to, from its first digit. */
  public static AccountCategory ofCode(String code) {
    return switch (code.charAt(0)) {
      case '1' -> ASSET;
      case '2' -> LIABILITY;
      case '3' -> NET_ASSETS;
      case '4' -> INCOME;
      case '5' -> EXPENSE;
      default -> throw new IllegalArgumentException("Not a 民非 code: " + code);
    };
  }

  /** Debit or credit. */
  public enum Side {
    DEBIT,
    CREDIT
  }
}
