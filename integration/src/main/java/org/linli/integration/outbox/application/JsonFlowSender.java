package org.linli.integration.outbox.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linli.integration.outbox.domain.DeliveryOutcome;
import org.linli.integration.outbox.domain.OutboxEvent;

/**
 * Sends an event of a part-B flow: POST of the stored payload with {@code eventId} and {@code flow}
 * added, the event id as {@code Idempotency-Key}, to the flow's endpoint for the tenant (see {@link
 * FlowEndpoints}). A flow switched off or without an endpoint leaves the event pending.
 */
public final class JsonFlowSender implements EventSender {
  private final FlowEndpoints endpoints;
  private final Mzt061Sender.Transport transport;

  public JsonFlowSender(FlowEndpoints endpoints, Mzt061Sender.Transport transport) {
    this.endpoints = endpoints;
    this.transport = transport;
  }

  @Override
  public DeliveryOutcome send(String tenant, OutboxEvent event) {
    FlowEndpoints.Delivery delivery = endpoints.of(tenant, event.flow());
    if (!delivery.enabled() || delivery.endpoint().isEmpty()) {
      return DeliveryOutcome.notConfigured();
    }
    return transport.post(delivery.endpoint().get(), body(event), headers(tenant, event, delivery));
  }

  /** The body the receiver gets: the payload with the event id and flow. */
  static String body(OutboxEvent event) {
    JsonObject payload;
    try (var reader = Json.createReader(new StringReader(event.payload()))) {
      payload = reader.readObject();
    }
    return Json.createObjectBuilder(payload)
        .add("eventId", event.id())
        .add("flow", event.flow())
        .build()
        .toString();
  }

  static Map<String, String> headers(
      String tenant, OutboxEvent event, FlowEndpoints.Delivery delivery) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Idempotency-Key", event.id());
    headers.put("X-Linli-Tenant", tenant);
    headers.put("X-Linli-Flow", event.flow());
    delivery.credential().ifPresent(t -> headers.put("Authorization", "Bearer " + t));
    return headers;
  }
}
