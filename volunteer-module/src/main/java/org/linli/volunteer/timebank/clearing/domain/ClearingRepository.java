package org.linli.volunteer.timebank.clearing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** This organization's clearing agreements and its two sides of redemptions. */
public interface ClearingRepository {
  void add(ClearingAgreement agreement);

  Optional<ClearingAgreement> agreement(String id);

  /** The agreement row locked for an update (FOR UPDATE). */
  Optional<ClearingAgreement> lockAgreement(String id);

  /** The live (proposed or active) agreement with the counterparty, if any. */
  Optional<ClearingAgreement> liveAgreementWith(String counterparty);

  List<ClearingAgreement> agreements(String afterId, int limit);

  /** Counterparties of every agreement ever made, sorted. */
  List<String> counterparties();

  /**
   * Serializes agreement changes of one pair of organizations, taken by both sides in the same
   * order (a transaction-level advisory lock on the unordered pair).
   */
  void lockPair(String self, String counterparty);

  void add(OutboundRequest request);

  Optional<OutboundRequest> outbound(String id);

  Optional<OutboundRequest> lockOutbound(String id);

  /** Outbound requests, of one volunteer when {@code volunteerId} is given. */
  List<OutboundRequest> outbound(
      String volunteerId, OutboundStatus status, String afterId, int limit);

  Optional<InboundRequest> inbound(String id);

  Optional<InboundRequest> lockInbound(String id);

  List<InboundRequest> inbound(InboundStatus status, String afterId, int limit);

  /** Outbound requests to the counterparty whose hours were held at {@code at}. */
  List<OutboundRequest> outboundHeldAt(String counterparty, Instant at);

  /**
   * Inbound requests from the counterparty not yet settled, cancelled or declined at {@code at}.
   */
  List<InboundRequest> inboundPendingAt(String counterparty, Instant at);
}
