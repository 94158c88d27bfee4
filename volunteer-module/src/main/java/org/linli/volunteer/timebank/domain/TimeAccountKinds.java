package org.linli.volunteer.timebank.domain;

/** Ledger account kinds and owner type the time bank uses (all in unit HOUR, i.e. minutes). */
public final class TimeAccountKinds {
  /** The organization's source of credits: it goes negative by what was issued. */
  public static final String ISSUED = "TIME_ISSUED";

  /** A volunteer's stored hours; never negative. */
  public static final String CREDIT = "TIME_CREDIT";

  /** The organization's pool: hours deposited over a volunteer's cap. */
  public static final String POOL = "TIME_POOL";

  /**
   * A volunteer's hours from group activities under donate-only rules; never negative, and only the
   * donation to the pool may debit it (no withdrawal, no transfer).
   */
  public static final String DONATE_ONLY = "TIME_DONATE_ONLY";

  public static final String VOLUNTEER_OWNER = "VOLUNTEER";

  /** Hours held for open service requests until they are settled or released; never negative. */
  public static final String HELD = "TIME_HELD";

  /** Owner type of a family beneficiary's TIME_CREDIT account. */
  public static final String BENEFICIARY_OWNER = "BENEFICIARY";

  /**
   * 通存通兑: the organization's clearing account for one counterparty organization (owner ("ORG",
   * code)). Positive: hours it owes the counterparty; negative: hours owed to it.
   */
  public static final String CLEARING = "TIME_CLEARING";

  /** Owner type of a clearing account: the counterparty organization. */
  public static final String ORG_OWNER = "ORG";

  private TimeAccountKinds() {}
}
