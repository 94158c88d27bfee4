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
  private final String id;
  private final String name;

  /**
   * Relay number {@code n} (1, 2 ...) of this node, {@code node} naming the node in what it sends.
   * More than one per node only to prove that relays sharing one database never send an event twice
   * (the lock is the production one: FOR UPDATE SKIP LOCKED per tenant transaction).
   */
  OutboxRelayRoute(OutboxRelay relay, long delayMillis, int n, String node) {
    this.relay = relay;
    this.delayMillis = delayMillis;
    this.id = n == 1 ? ID : ID + "-" + n;
    this.name = node + "/" + id;
  }

  @Override
  public void configure() {
    from("scheduler:" + id + "?initialDelay=2000&delay=" + delayMillis)
        .routeId(id)
        .process(exchange -> exchange.getMessage().setBody(relay.relayDue(name)))
        .filter(simple("${body} != ''"))
        .log("${body}");
  }
}
