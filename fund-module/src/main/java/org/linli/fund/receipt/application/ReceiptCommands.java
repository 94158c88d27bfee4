package org.linli.fund.receipt.application;

/** The typed commands of the receipt use cases. */
public final class ReceiptCommands {
  private ReceiptCommands() {}

  public record RegisterSeries(String receiptCode, long firstNo, long lastNo) {}

  /**
   * Issue a receipt for a donation. {@code seriesId} null: the first series with numbers left;
   * {@code number} null: its next number (given, it must be that next number, inside the series).
   */
  public record IssueReceipt(
      String donationId,
      String seriesId,
      Long number,
      String projectCode,
      String projectName,
      String remark) {}
}
