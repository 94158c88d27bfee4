package org.linli.volunteer.timebank.clearing.domain;

/**
 * The only way to change the counterparty's side, each a narrow database function that derives what
 * it writes from this organization's own row (already flushed) with the same id, and touches only
 * rows that name this organization. The caller's transaction stays bound to its own tenant.
 */
public interface ClearingPeer {
  /** Outcome codes of the functions ("OK" or a reason). */
  String OK = "OK";

  /** Mirrors this side's proposal: OK, EXISTS (a live agreement), COUNTERPARTY_NOT_FOUND. */
  String mirrorProposal(String agreementId);

  /** Copies this side's acceptance or suspension to the other side: OK or PEER_MISMATCH. */
  String followAgreement(String agreementId);

  /** Creates the service organization's inbound row: OK or AGREEMENT_NOT_ACTIVE (or NOT_HELD). */
  String openInbound(String requestId);

  /**
   * Cancels the service organization's inbound row under its lock unless settled; returns its
   * status afterwards (CANCELLED, DECLINED or SETTLED).
   */
  String cancelInbound(String requestId);

  /** Marks the requester's outbound row settled: OK or NOT_OPEN. */
  String settleOutbound(String requestId);

  /** Marks the requester's outbound row declined: OK or NOT_OPEN. */
  String declineOutbound(String requestId);
}
