package org.linli.integration.camel;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivers one service record to the 全国志愿服务信息系统 over HTTP: POST of the MZ/T 061 JSON with the event
 * id as {@code Idempotency-Key}. Answers are not turned into exceptions here: the caller classifies
 * the status (see {@code DeliveryOutcome}); no redelivery in the route, the outbox schedules
 * retries so no row lock is held while waiting.
 */
final class Mzt061DeliveryRoute extends RouteBuilder {
  static final String ID = "mzt061-deliver";
  static final String URI = "direct:" + ID;
  static final String ENDPOINT = "linliEndpoint";

  @Override
  public void configure() {
    from(URI)
        .routeId(ID)
        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json; charset=utf-8"))
        .toD("${exchangeProperty." + ENDPOINT + "}", 20)
        .convertBodyTo(String.class);
  }
}
