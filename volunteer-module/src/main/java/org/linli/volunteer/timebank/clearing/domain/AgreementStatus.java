package org.linli.volunteer.timebank.clearing.domain;

/** proposed -> active -> suspended; a proposal may also be suspended (withdrawn or refused). */
public enum AgreementStatus {
  PROPOSED,
  ACTIVE,
  SUSPENDED
}
