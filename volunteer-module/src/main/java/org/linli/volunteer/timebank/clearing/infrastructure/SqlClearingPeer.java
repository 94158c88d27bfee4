package org.linli.volunteer.timebank.clearing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.kernel.persistence.PeerCopies;
import org.linli.volunteer.timebank.clearing.domain.ClearingPeer;

/**
 * Calls the SECURITY DEFINER functions of V12__time_bank_clearing.sql. Each reads the caller's own
 * row (so pending JPA changes are flushed first) and the tenant bound to the transaction.
 */
@ApplicationScoped
public class SqlClearingPeer implements ClearingPeer {
  @Inject PeerCopies peers;

  @Override
  public String mirrorProposal(String agreementId) {
    return call("clearing_agreement_mirror", agreementId);
  }

  @Override
  public String followAgreement(String agreementId) {
    return call("clearing_agreement_follow", agreementId);
  }

  @Override
  public String openInbound(String requestId) {
    return call("clearing_open_inbound", requestId);
  }

  @Override
  public String cancelInbound(String requestId) {
    return call("clearing_cancel_inbound", requestId);
  }

  @Override
  public String settleOutbound(String requestId) {
    return call("clearing_settle_outbound", requestId);
  }

  @Override
  public String declineOutbound(String requestId) {
    return call("clearing_decline_outbound", requestId);
  }

  private String call(String function, String id) {
    return peers.call(function, id);
  }
}
