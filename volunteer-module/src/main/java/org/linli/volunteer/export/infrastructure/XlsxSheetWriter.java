package org.linli.volunteer.export.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streaming XLSX (fastexcel): rows are written to the stream on each flush and then dropped, and
 * text is stored inline rather than in a shared-string table, so memory does not grow with the
 * export. Numbers and dates are typed cells, so staff can sum and filter them in Excel.
 */
final class XlsxSheetWriter implements SheetWriter {
  private static final double COLUMN_WIDTH = 16;

  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  XlsxSheetWriter(OutputStream stream, String sheetName, List<String> header) {
    this.workbook = new Workbook(stream, "Linli", "1.0");
    this.sheet = workbook.newWorksheet(sheetName);
    for (int c = 0; c < header.size(); c++) {
      sheet.width(c, COLUMN_WIDTH); // column widths must precede the first flushed row
      sheet.inlineString(0, c, header.get(c));
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
    row = 1;
  }

  @Override
  public void row(List<?> cells) {
    for (int c = 0; c < cells.size(); c++) {
      cell(c, cells.get(c));
    }
    row++;
  }

  private void cell(int c, Object value) {
    if (value instanceof String s) {
      sheet.inlineString(row, c, FormulaGuard.text(s));
    } else if (value instanceof BigDecimal d) {
      sheet.value(row, c, d);
      sheet.style(row, c).format("0.00").set();
    } else if (value instanceof LocalDate d) {
      sheet.value(row, c, d);
      sheet.style(row, c).format("yyyy-mm-dd").set();
    } else if (value instanceof LocalDateTime t) {
      sheet.value(row, c, t);
      sheet.style(row, c).format("yyyy-mm-dd hh:mm:ss").set();
    }
  }

  @Override
  public void flush() throws IOException {
    sheet.flush();
  }

  @Override
  public void finish() throws IOException {
    workbook.finish(); // also finishes the sheet
  }
}
