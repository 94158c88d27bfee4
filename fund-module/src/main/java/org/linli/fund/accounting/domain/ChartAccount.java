package org.linli.fund.accounting.domain;

import org.linli.kernel.error.DomainException;

/**
 * One account of an organization's chart. Restricted accounts (3102 限定性净资产 and the {@code ...02}
 * sub-accounts of income and expense, and any 明细科目 under them) need a fund on every line.
 */
public record ChartAccount(
    String code,
    String name,
    String parentCode,
    AccountCategory category,
    AccountCategory.Side side,
    boolean restricted,
    boolean standard) {

  public static final String UNRESTRICTED_NET_ASSETS = "3101";
  public static final String RESTRICTED_NET_ASSETS = "3102";

  /** A standard account of the 制度 (or its restriction sub-account). */
  static ChartAccount standard(String code, String name, String parentCode) {
    AccountCategory category = AccountCategory.ofCode(code);
    return new ChartAccount(
        code, name, parentCode, category, category.normalSide(), restrictedCode(code), true);
  }

  /**
   * A 明细科目 the organization adds under {@code parent}: two more digits, same class, side and
   * restriction as its parent.
   */
  public static ChartAccount subAccountOf(ChartAccount parent, String code, String name) {
    if (code == null
        || !code.matches("[0-9]{6,10}")
        || code.length() != parent.code.length() + 2
        || !code.startsWith(parent.code)) {
      throw DomainException.invalidField("code", "INVALID_ACCOUNT_CODE").with(parent.code);
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      throw DomainException.invalidField("name", "INVALID_ACCOUNT_NAME");
    }
    return new ChartAccount(
        code, name.strip(), parent.code, parent.category, parent.side, parent.restricted, false);
  }

  /** Whether a line on this account must name a fund. */
  static boolean restrictedCode(String code) {
    if (code.startsWith(RESTRICTED_NET_ASSETS)) {
      return true;
    }
    char c = code.charAt(0);
    return (c == '4' || c == '5') && code.length() >= 6 && code.startsWith("02", 4);
  }

  /** The signed effect of a line on the fund it names: restricted credits add, debits take away. */
  public long fundEffect(long debit, long credit) {
    return restricted ? credit - debit : 0;
  }

  public boolean incomeOrExpense() {
    return category == AccountCategory.INCOME || category == AccountCategory.EXPENSE;
  }
}
