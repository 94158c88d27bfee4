package org.linli.integration.inbound.domain;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of a roster or notice XLSX, streamed row by row (fastexcel-reader parses the
 * sheet XML as it goes). Dates may be real date cells or text.
 */
public final class XlsxRows implements RowSource {
  private final ReadableWorkbook workbook;
  private final Stream<org.dhatim.fastexcel.reader.Row> stream;
  private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
  private final String[] columns;

  public XlsxRows(Path file) throws IOException, UnreadableList {
    this(file, ListKind.ROSTER);
  }

  public XlsxRows(Path file, ListKind kind) throws IOException, UnreadableList {
    try {
      this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableList("NOT_XLSX");
    }
    Sheet sheet = workbook.getFirstSheet();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
    if (!rows.hasNext()) {
      close();
      throw new UnreadableList("EMPTY");
    }
    this.columns = Header.columns(texts(rows.next()), kind.required());
  }

  @Override
  public RowSource.Row next() {
    while (rows.hasNext()) {
      org.dhatim.fastexcel.reader.Row r = rows.next();
      List<String> cells = texts(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<String, String> f = new HashMap<>();
      for (int i = 0; i < columns.length; i++) {
        if (columns[i] != null) {
          f.put(columns[i], i < cells.size() ? cells.get(i) : "");
        }
      }
      return new RowSource.Row(r.getRowNum(), f, null);
    }
    return null;
  }

  private static List<String> texts(org.dhatim.fastexcel.reader.Row r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.getCellCount(); i++) {
      Cell c = r.getCell(i);
      if (c == null) {
        out.add("");
      } else if (c.getType() == CellType.NUMBER && c.getRawValue() != null && isDate(c)) {
        out.add(c.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
      } else {
        out.add(c.getText() == null ? "" : c.getText());
      }
    }
    return out;
  }

  private static boolean isDate(Cell c) {
    String format = c.getDataFormatString();
    return format != null && (format.contains("y") || format.contains("d"));
  }

  @Override
  public void close() throws IOException {
    stream.close();
    workbook.close();
  }
}
