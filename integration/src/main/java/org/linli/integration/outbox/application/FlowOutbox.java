package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.linli.fund.purchase.application.SettlementAccepted;
import org.linli.fund.receipt.application.ReceiptIssued;
import org.linli.integration.outbox.infrastructure.OutboxStore;
import org.linli.volunteer.certificate.application.CertificateIssued;

/**
 * Writes the outbox events of the part-B flows, synchronously inside the business transaction that
 * fires the domain event (plain CDI observers): the change and its event commit or roll back
 * together. A flow the organization switched off records nothing. Aggregates (sent in order):
 * certificates per volunteer, receipts per donation, settlements per contract. A settlement is
 * recorded once (its id is the dedupe key).
 */
@ApplicationScoped
public class FlowOutbox {
  @Inject OutboxStore outbox;
  @Inject FlowEndpoints endpoints;

  void onCertificateIssued(@Observes CertificateIssued issued) {
    if (endpoints.enabled(Flows.VOLUNTEER_CERTIFICATE)) {
      outbox.append(
          UUID.randomUUID().toString(),
          Flows.VOLUNTEER_CERTIFICATE,
          issued.volunteerId(),
          OutboundPayloads.certificate(issued).toString(),
          Instant.now());
    }
  }

  void onReceiptIssued(@Observes ReceiptIssued issued) {
    if (endpoints.enabled(Flows.DONATION_RECEIPT)) {
      outbox.append(
          UUID.randomUUID().toString(),
          Flows.DONATION_RECEIPT,
          issued.donationId(),
          OutboundPayloads.receipt(issued).toString(),
          Instant.now());
    }
  }

  void onSettlementAccepted(@Observes SettlementAccepted accepted) {
    if (endpoints.enabled(Flows.CONTRACT_SETTLEMENT)) {
      outbox.appendOnce(
          UUID.randomUUID().toString(),
          Flows.CONTRACT_SETTLEMENT,
          accepted.contractId(),
          accepted.settlementId(),
          OutboundPayloads.settlement(accepted).toString(),
          Instant.now());
    }
  }
}
