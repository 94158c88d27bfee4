package org.linli.fund.accounting.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as one Excel sheet (fastexcel, as the volunteer exports): the heading block, then the
 * table with amounts as typed numbers (two decimals) so they can be summed, text inline.
 */
public final class XlsxReport {
  private XlsxReport() {}

  public static byte[] write(ReportTable t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      Workbook workbook = new Workbook(out, "Linli", "1.0");
      Worksheet sheet = workbook.newWorksheet(t.title());
      int columns = t.header().size();
      for (int c = 0; c < columns; c++) {
        sheet.width(c, c < t.textColumns() ? (c == t.textColumns() - 1 ? 34 : 12) : 16);
      }
      sheet.inlineString(0, 0, t.title());
      sheet.style(0, 0).bold().fontSize(14).set();
      if (t.formNumber() != null) {
        sheet.inlineString(0, columns - 1, t.formNumber());
        sheet.style(0, columns - 1).horizontalAlignment("right").set();
      }
      sheet.inlineString(1, 0, "编制单位：" + text(t.organization()));
      sheet.inlineString(1, Math.max(1, columns - 2), t.period());
      sheet.inlineString(1, columns - 1, "单位：" + ReportTable.UNIT);
      sheet.style(1, columns - 1).horizontalAlignment("right").set();
      int r = 2;
      for (int c = 0; c < columns; c++) {
        sheet.inlineString(r, c, t.header().get(c));
        sheet.style(r, c).bold().horizontalAlignment("center").borderStyle("thin").set();
      }
      for (ReportTable.Row row : t.rows()) {
        r++;
        boolean bold = row.kind() != ReportTable.Kind.ITEM;
        for (int c = 0; c < row.texts().size(); c++) {
          sheet.inlineString(r, c, text(row.texts().get(c)));
          var style = sheet.style(r, c).borderStyle("thin");
          (bold ? style.bold() : style).set();
        }
        for (int c = 0; c < row.amounts().size(); c++) {
          int col = t.textColumns() + c;
          String amount = row.amounts().get(c);
          if (amount != null) {
            sheet.value(r, col, new BigDecimal(amount));
          }
          var style = sheet.style(r, col).format("#,##0.00").borderStyle("thin");
          (bold ? style.bold() : style).set();
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Names come from people (明细科目, the organization): a leading =, +, -, @ would make Excel or WPS
   * run the cell as a formula when it is edited, so such text gets a leading apostrophe.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
