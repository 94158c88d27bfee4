package org.linli.fund.accounting.infrastructure.export;

import java.util.List;

/**
 * A printed report as the 制度 lays it out: title, form number (会民非01表…, null for the trial balance,
 * which has none), the organization (编制单位), the period and the unit (元), the column headings, then
 * rows of text cells followed by amount cells. Amounts are the API's decimal strings in yuan with
 * two decimals, so a file shows exactly the figures of the JSON answer; a null amount is an empty
 * cell.
 */
public record ReportTable(
    String title,
    String formNumber,
    String organization,
    String period,
    List<String> header,
    int textColumns,
    List<Row> rows) {

  public static final String UNIT = "元";

  public enum Kind {
    /** A section heading (资产, 一、业务活动产生的现金流量…): text only. */
    HEAD,
    ITEM,
    /** A total or subtotal, printed bold. */
    TOTAL
  }

  public record Row(Kind kind, List<String> texts, List<String> amounts) {
    public static Row head(String text) {
      return new Row(Kind.HEAD, List.of(text), List.of());
    }

    public static Row item(String text, String... amounts) {
      return new Row(Kind.ITEM, List.of(text), java.util.Arrays.asList(amounts));
    }

    public static Row total(String text, String... amounts) {
      return new Row(Kind.TOTAL, List.of(text), java.util.Arrays.asList(amounts));
    }
  }

  public ReportTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }
}
