package org.linli.integration.outbox.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.function.BiFunction;
import org.linli.integration.outbox.domain.DeliveryOutcome;
import org.linli.integration.outbox.domain.OutboxEvent;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * Builds the 全国志愿服务信息系统 body of a service-record event in the MZ/T 061 data elements (the full ID
 * number read from the person's encrypted record at this moment) and hands it to the transport.
 */
public final class Mzt061Sender implements EventSender {
  /** The transport: (endpoint, body, headers) → outcome. */
  public interface Transport {
    DeliveryOutcome post(String endpoint, String body, java.util.Map<String, String> headers);
  }

  private final FlowEndpoints endpoints;
  private final PersonRepository people;
  private final PersonRegistry personRegistry;
  private final Transport transport;

  public Mzt061Sender(
      FlowEndpoints endpoints,
      PersonRepository people,
      PersonRegistry personRegistry,
      Transport transport) {
    this.endpoints = endpoints;
    this.people = people;
    this.personRegistry = personRegistry;
    this.transport = transport;
  }

  @Override
  public DeliveryOutcome send(String tenant, OutboxEvent event) {
    FlowEndpoints.Delivery delivery = endpoints.of(tenant, Flows.MZT061_SERVICE_RECORD);
    var endpoint = delivery.endpoint();
    if (!delivery.enabled() || endpoint.isEmpty()) {
      return DeliveryOutcome.notConfigured();
    }
    JsonObject p;
    try (var reader = Json.createReader(new StringReader(event.payload()))) {
      p = reader.readObject();
    }
    var person = people.find(p.getString("personId"));
    if (person.isEmpty()) {
      return DeliveryOutcome.permanentFailure("The volunteer's person record no longer exists");
    }
    BiFunction<String, String, String> text = (k, d) -> p.containsKey(k) ? p.getString(k) : d;
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            // MZ/T 061 志愿服务记录: 记录编号, 志愿者姓名, 证件类型, 证件号码, 组织名称, 统一社会信用代码,
            // 活动名称, 服务日期, 服务时长 (hours, two decimals).
            .add("recordId", p.getString("recordId"))
            .add("eventId", event.id())
            .add("volunteerName", p.getString("name"))
            .add("idType", text.apply("idType", ""))
            .add("idNumber", personRegistry.revealIdNumber(person.get()))
            .add("orgName", p.getString("orgName"))
            .add("orgCreditCode", text.apply("orgCreditCode", ""))
            .add("activityName", text.apply("activityName", ""))
            .add("serviceDate", p.getString("serviceDate"))
            .add("serviceHours", p.getString("hours"));
    var headers = new java.util.LinkedHashMap<String, String>();
    headers.put("Idempotency-Key", event.id());
    headers.put("X-Linli-Tenant", tenant);
    delivery.credential().ifPresent(t -> headers.put("Authorization", "Bearer " + t));
    return transport.post(endpoint.get(), body.build().toString(), headers);
  }
}
