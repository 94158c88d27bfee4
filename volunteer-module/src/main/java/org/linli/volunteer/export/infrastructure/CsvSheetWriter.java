package org.linli.volunteer.export.infrastructure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. UTF-8 with a byte order mark, because Excel opens a CSV without one in the local ANSI
 * code page (GBK on Chinese Windows) and shows the Chinese text garbled.
 */
final class CsvSheetWriter implements SheetWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Writer out;

  CsvSheetWriter(OutputStream stream, List<String> header) throws IOException {
    stream.write(BOM);
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    row(header);
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(text(cells.get(i))));
    }
    out.write("\r\n");
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof String s) {
      return FormulaGuard.text(s);
    }
    if (cell instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (cell instanceof LocalDateTime t) {
      return DATE_TIME.format(t);
    }
    return cell.toString(); // LocalDate: ISO yyyy-MM-dd
  }

  static String field(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
