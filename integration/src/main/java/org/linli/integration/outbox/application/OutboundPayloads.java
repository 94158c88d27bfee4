package org.linli.integration.outbox.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linli.fund.purchase.application.SettlementAccepted;
import org.linli.fund.receipt.application.ReceiptIssued;
import org.linli.volunteer.certificate.application.CertificateIssued;

/**
 * The outbox payloads of the part-B flows, built from the domain events (pure functions, unit
 * tested). What is stored here is what the receiver gets (the relay adds the event id); nothing
 * here holds a full personal ID number.
 */
public final class OutboundPayloads {
  private OutboundPayloads() {}

  /** One line of the monthly statistics: orders of one item in one status. */
  public record StatLine(String contractId, String itemCode, String status, long orders) {}

  public static JsonObject certificate(CertificateIssued e) {
    return Json.createObjectBuilder()
        .add("certificateId", e.certificateId())
        .add("certificateNo", e.certificateNo())
        .add("volunteerId", e.volunteerId())
        .add("volunteerName", text(e.volunteerName()))
        .add("volunteerNo", text(e.volunteerNo()))
        .add("idNumberMasked", text(e.idNumberMasked()))
        .add("orgCode", e.tenantId())
        .add("orgName", text(e.issuerName()))
        .add("orgCreditCode", text(e.issuerCreditCode()))
        .add("issueDate", date(e.issueDate()))
        .add("periodFrom", date(e.periodFrom()))
        .add("periodTo", date(e.periodTo()))
        .add("purpose", text(e.purpose()))
        .add("totalMinutes", e.totalMinutes())
        .add("totalHours", hours(e.totalMinutes()))
        .add("serviceCount", e.serviceCount())
        .add("digest", text(e.digest()))
        .build();
  }

  public static JsonObject receipt(ReceiptIssued e) {
    return Json.createObjectBuilder()
        .add("receiptId", e.receiptId())
        .add("orgCode", e.tenantId())
        .add("receiptCode", e.receiptCode())
        .add("receiptNumber", e.receiptNumber())
        .add("checkCode", text(e.checkCode()))
        .add("donationId", e.donationId())
        .add("payerName", text(e.payerName()))
        .add("payerCode", text(e.payerCode()))
        .add("issuedOn", date(e.issuedOn()))
        .add("projectCode", text(e.projectCode()))
        .add("projectName", text(e.projectName()))
        .add("unit", text(e.unit()))
        .add("quantity", text(e.quantity()))
        .add("standardFen", e.standardFen())
        .add("amountFen", e.amountFen())
        .add("amount", yuan(e.amountFen()))
        .add("remark", text(e.remark()))
        .build();
  }

  public static JsonObject settlement(SettlementAccepted e) {
    return Json.createObjectBuilder()
        .add("settlementId", e.settlementId())
        .add("contractId", e.contractId())
        .add("contractNo", text(e.contractNo()))
        .add("buyerOrg", e.buyerTenantId())
        .add("providerOrg", e.providerTenantId())
        .add("month", e.month().toString())
        .add("orderCount", e.orderCount())
        .add("amountDue", e.amountDue().setScale(2, RoundingMode.HALF_UP).toPlainString())
        .build();
  }

  /**
   * The statistics of {@code month} for {@code buyer}: orders per item and status (all contracts),
   * and per contract, sorted so the same data gives the same text.
   */
  public static JsonObject monthlyStats(String buyer, YearMonth month, List<StatLine> lines) {
    Map<String, Map<String, Long>> byItem = new TreeMap<>();
    Map<String, Long> byStatus = new TreeMap<>();
    Map<String, Long> byContract = new TreeMap<>();
    long total = 0;
    for (StatLine l : lines) {
      byItem
          .computeIfAbsent(l.itemCode(), k -> new TreeMap<>())
          .merge(l.status(), l.orders(), Long::sum);
      byStatus.merge(l.status(), l.orders(), Long::sum);
      byContract.merge(l.contractId(), l.orders(), Long::sum);
      total += l.orders();
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    byItem.forEach(
        (item, statuses) -> {
          JsonObjectBuilder counts = Json.createObjectBuilder();
          statuses.forEach(counts::add);
          items.add(
              Json.createObjectBuilder()
                  .add("itemCode", item)
                  .add("orders", statuses.values().stream().mapToLong(Long::longValue).sum())
                  .add("byStatus", counts));
        });
    JsonObjectBuilder statuses = Json.createObjectBuilder();
    byStatus.forEach(statuses::add);
    JsonArrayBuilder contracts = Json.createArrayBuilder();
    byContract.forEach(
        (c, n) -> contracts.add(Json.createObjectBuilder().add("contractId", c).add("orders", n)));
    return Json.createObjectBuilder()
        .add("buyerOrg", buyer)
        .add("month", month.toString())
        .add("totalOrders", total)
        .add("byStatus", statuses)
        .add("items", items)
        .add("contracts", contracts)
        .build();
  }

  static String hours(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  static String yuan(long fen) {
    return BigDecimal.valueOf(fen)
        .movePointLeft(2)
        .setScale(2, RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }
}
