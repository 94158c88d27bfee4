package org.linli.integration.outbox.application;

import org.linli.integration.outbox.domain.DeliveryOutcome;
import org.linli.integration.outbox.domain.OutboxEvent;

/** Sends one outbox event to its receiver (a Camel route) and says how it went; never throws. */
public interface EventSender {
  DeliveryOutcome send(String tenant, OutboxEvent event);
}
