package org.linli.integration.outbox.application;

import java.util.function.BiConsumer;
import org.linli.integration.outbox.domain.DeliveryOutcome;
import org.linli.integration.outbox.domain.OutboxEvent;

/**
 * Hands each event to its flow's sender (MZ/T 061 service records to {@link Mzt061Sender}, the
 * other flows to {@link JsonFlowSender}) and reports every outcome (for the metrics).
 */
public final class FlowDispatcher implements EventSender {
  private final EventSender serviceRecords;
  private final EventSender others;
  private final BiConsumer<String, DeliveryOutcome> outcomes;

  public FlowDispatcher(
      EventSender serviceRecords,
      EventSender others,
      BiConsumer<String, DeliveryOutcome> outcomes) {
    this.serviceRecords = serviceRecords;
    this.others = others;
    this.outcomes = outcomes;
  }

  @Override
  public DeliveryOutcome send(String tenant, OutboxEvent event) {
    DeliveryOutcome outcome =
        Flows.MZT061_SERVICE_RECORD.equals(event.flow())
            ? serviceRecords.send(tenant, event)
            : others.send(tenant, event);
    outcomes.accept(event.flow(), outcome);
    return outcome;
  }
}
