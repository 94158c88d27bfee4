package org.linli.integration.camel;

import org.apache.camel.builder.RouteBuilder;
import org.linli.integration.outbox.application.OutboxRelay;

/**
 * Polls the outbox on a fixed delay (one pass at a time per node; several nodes share the work
 * through row locks, see {@code TenantRelay}).
 */
final class OutboxRelayRoute extends RouteBuilder {
  static final String ID = "outbox-relay";

  private final OutboxRelay relay;
  private final long delayMillis;

  OutboxRelayRoute(OutboxRelay relay, long delayMillis) {
    this.relay = relay;
    this.delayMillis = delayMillis;
  }

  @Override
  public void configure() {
    from("scheduler:outbox-relay?initialDelay=2000&delay=" + delayMillis)
        .routeId(ID)
        .process(exchange -> exchange.getMessage().setBody(relay.relayDue()))
        .filter(simple("${body} != ''"))
        .log("${body}");
  }
}
