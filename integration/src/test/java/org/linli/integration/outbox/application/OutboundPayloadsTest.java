package org.linli.integration.outbox.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linli.fund.purchase.application.SettlementAccepted;
import org.linli.fund.receipt.application.ReceiptIssued;
import org.linli.integration.outbox.application.OutboundPayloads.StatLine;
import org.linli.integration.outbox.domain.OutboxEvent;
import org.linli.volunteer.certificate.application.CertificateIssued;

class OutboundPayloadsTest {
  @Test
  void aSettlementCarriesTheContractMonthAndAmountDue() {
    JsonObject p =
        OutboundPayloads.settlement(
            new SettlementAccepted(
                "buyer-1",
                "set-1",
                "con-1",
                "GM-2026-007",
                "buyer-1",
                "prov-1",
                YearMonth.of(2026, 11),
                42,
                new BigDecimal("12345.6")));
    assertEquals("set-1", p.getString("settlementId"));
    assertEquals("con-1", p.getString("contractId"));
    assertEquals("GM-2026-007", p.getString("contractNo"));
    assertEquals("buyer-1", p.getString("buyerOrg"));
    assertEquals("prov-1", p.getString("providerOrg"));
    assertEquals("2026-11", p.getString("month"));
    assertEquals(42, p.getInt("orderCount"));
    assertEquals("12345.60", p.getString("amountDue"), "two places, as money");
  }

  @Test
  void aCertificateCarriesWhatItAttestsWithTheIdNumberOnlyMasked() {
    JsonObject p =
        OutboundPayloads.certificate(
            new CertificateIssued(
                "org-1",
                "cert-1",
                "ZS-2026-000012",
                "vol-1",
                "张伟",
                "V0001",
                "1101**********1234",
                "邻里志愿者协会",
                "51110000MJ0000000X",
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 30),
                "升学",
                150,
                3,
                "abc"));
    assertEquals("ZS-2026-000012", p.getString("certificateNo"));
    assertEquals("2.50", p.getString("totalHours"));
    assertEquals(150, p.getInt("totalMinutes"));
    assertEquals("2026-01-01", p.getString("periodFrom"));
    assertEquals("2026-11-30", p.getString("periodTo"));
    assertEquals("邻里志愿者协会", p.getString("orgName"));
    assertEquals(3, p.getInt("serviceCount"));
    assertTrue(p.getString("idNumberMasked").contains("*"));
    assertFalse(p.toString().contains("idNumber\""), "no full ID number field");
  }

  @Test
  void aReceiptCarriesThePrintedFactsAndTheAmountInYuan() {
    JsonObject p =
        OutboundPayloads.receipt(
            new ReceiptIssued(
                "org-1",
                "rec-1",
                "33010125",
                "0000000042",
                "a1b2c3",
                "don-1",
                "李娜",
                null,
                LocalDate.of(2026, 12, 1),
                "010101",
                "捐赠收入",
                "元",
                "1",
                100050,
                100050,
                null));
    assertEquals("1000.50", p.getString("amount"));
    assertEquals(100050, p.getJsonNumber("amountFen").longValue());
    assertEquals("33010125", p.getString("receiptCode"));
    assertEquals("0000000042", p.getString("receiptNumber"));
    assertEquals("", p.getString("payerCode"), "a missing code is empty, not null");
    assertEquals("2026-12-01", p.getString("issuedOn"));
  }

  @Test
  void monthlyStatisticsCountOrdersPerItemStatusAndContract() {
    JsonObject p =
        OutboundPayloads.monthlyStats(
            "buyer-1",
            YearMonth.of(2026, 11),
            List.of(
                new StatLine("c2", "BATH", "COMPLETED", 3),
                new StatLine("c1", "MEAL", "COMPLETED", 10),
                new StatLine("c1", "MEAL", "CANCELLED", 2),
                new StatLine("c2", "MEAL", "COMPLETED", 1)));
    assertEquals("2026-11", p.getString("month"));
    assertEquals(16, p.getInt("totalOrders"));
    assertEquals(14, p.getJsonObject("byStatus").getInt("COMPLETED"));
    assertEquals(2, p.getJsonObject("byStatus").getInt("CANCELLED"));
    JsonObject bath = p.getJsonArray("items").getJsonObject(0);
    JsonObject meal = p.getJsonArray("items").getJsonObject(1);
    assertEquals("BATH", bath.getString("itemCode"), "items sorted");
    assertEquals(13, meal.getInt("orders"));
    assertEquals(11, meal.getJsonObject("byStatus").getInt("COMPLETED"));
    assertEquals(12, p.getJsonArray("contracts").getJsonObject(0).getInt("orders"));
    assertEquals(
        p.toString(),
        OutboundPayloads.monthlyStats(
                "buyer-1",
                YearMonth.of(2026, 11),
                List.of(
                    new StatLine("c1", "MEAL", "CANCELLED", 2),
                    new StatLine("c2", "MEAL", "COMPLETED", 1),
                    new StatLine("c1", "MEAL", "COMPLETED", 10),
                    new StatLine("c2", "BATH", "COMPLETED", 3)))
            .toString(),
        "the same data gives the same text whatever the row order");
  }

  @Test
  void aMonthWithoutOrdersIsReportedAsZero() {
    JsonObject p = OutboundPayloads.monthlyStats("buyer-1", YearMonth.of(2026, 2), List.of());
    assertEquals(0, p.getInt("totalOrders"));
    assertTrue(p.getJsonArray("items").isEmpty());
  }

  @Test
  void theSentBodyAddsTheEventIdAndTheHeadersCarryItAsIdempotencyKey() {
    OutboxEvent event =
        new OutboxEvent(
            "ev-1",
            Flows.CONTRACT_SETTLEMENT,
            "con-1",
            "{\"settlementId\":\"set-1\"}",
            0,
            Instant.now(),
            null);
    JsonObject body;
    try (var r = Json.createReader(new StringReader(JsonFlowSender.body(event)))) {
      body = r.readObject();
    }
    assertEquals("ev-1", body.getString("eventId"));
    assertEquals("CONTRACT_SETTLEMENT", body.getString("flow"));
    assertEquals("set-1", body.getString("settlementId"));
    var headers =
        JsonFlowSender.headers(
            "org-1",
            event,
            new FlowEndpoints.Delivery(true, Optional.of("http://x"), Optional.of("s3cret")));
    assertEquals("ev-1", headers.get("Idempotency-Key"));
    assertEquals("org-1", headers.get("X-Linli-Tenant"));
    assertEquals("Bearer s3cret", headers.get("Authorization"));
    assertFalse(
        JsonFlowSender.headers(
                "org-1",
                event,
                new FlowEndpoints.Delivery(true, Optional.empty(), Optional.empty()))
            .containsKey("Authorization"));
  }

  @Test
  void everyFlowHasAGatewayPathAndAConfigKey() {
    assertEquals(5, FlowCatalog.ALL.size());
    FlowCatalog.ALL.forEach(
        f -> {
          assertTrue(f.gatewayPath().startsWith("/api/"), f::toString);
          assertFalse(f.configKey().isBlank());
        });
    assertTrue(FlowCatalog.find(Flows.HOME_CARE_MONTHLY_STATS).isPresent());
  }
}
