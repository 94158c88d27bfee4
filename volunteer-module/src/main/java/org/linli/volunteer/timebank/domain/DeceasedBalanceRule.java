package org.linli.volunteer.timebank.domain;

/**
 * Where a deceased holder's stored hours go (docs/decisions/0007). Hours never turn into money, so
 * the choice is only between people and the community pool.
 */
public enum DeceasedBalanceRule {
  /** To the heir the family names (a registered beneficiary or volunteer), else to the pool. */
  HEIR_OR_POOL,
  /** Always to the organization's pool. */
  POOL
}
