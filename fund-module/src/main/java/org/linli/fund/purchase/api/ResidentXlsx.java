package org.linli.fund.purchase.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.linli.fund.purchase.application.Residents.RegisterResident;
import org.linli.kernel.error.DomainException;

/**
 * Reads a roster workbook (XLSX): the first sheet, its first row the same ten column names as the
 * CSV header ({@link ResidentCsv#HEADER}), one resident per later row, checked exactly as a CSV
 * line; errors name the sheet's row number. Dates may be Excel dates or ISO text; an ID number must
 * be a text cell (Excel keeps a number to fifteen digits, so a number cell is refused).
 */
final class ResidentXlsx {
  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final List<String> COLUMNS = List.of(ResidentCsv.HEADER.split(","));
  private static final int FIRST_DATE_COLUMN = 8;
  private static final int ID_COLUMN = 1;

  private ResidentXlsx() {}

  /** An XLSX by its declared type or by the ZIP signature every XLSX starts with. */
  static boolean isXlsx(String contentType, byte[] data) {
    if (contentType != null && contentType.toLowerCase().startsWith(MEDIA_TYPE)) {
      return true;
    }
    return data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
  }

  static ResidentCsv.Parsed parse(byte[] data) {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(data));
        Stream<Row> stream = wb.getFirstSheet().openStream()) {
      Iterator<Row> rows = stream.iterator();
      if (!rows.hasNext()) {
        throw DomainException.invalidField("file", "IMPORT_EMPTY");
      }
      Row header = rows.next();
      List<String> names = new ArrayList<>();
      for (int c = 0; c < COLUMNS.size(); c++) {
        names.add(text(header, c, false).strip());
      }
      if (!names.equals(COLUMNS) || header.getRowNum() != 1) {
        throw DomainException.invalidField("file", "IMPORT_HEADER_INVALID")
            .with(ResidentCsv.HEADER);
      }
      List<RegisterResident> residents = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      while (rows.hasNext()) {
        Row row = rows.next();
        List<String> fields = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
          fields.add(text(row, c, c >= FIRST_DATE_COLUMN));
        }
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (row.getCellCount() > COLUMNS.size()
            && row.stream().skip(COLUMNS.size()).anyMatch(ResidentXlsx::filled)) {
          throw ResidentCsv.row(row.getRowNum(), "FIELD_COUNT");
        }
        if (row.getOptionalCell(ID_COLUMN).map(c -> c.getType() == CellType.NUMBER).orElse(false)) {
          // Excel keeps 15 significant digits: an 18-digit number cell is already not the ID.
          throw ResidentCsv.row(row.getRowNum(), "ID_NUMBER_NOT_TEXT");
        }
        if (residents.size() == ResidentCsv.MAX_ROWS) {
          throw DomainException.invalidField("file", "IMPORT_TOO_MANY_ROWS")
              .with(ResidentCsv.MAX_ROWS);
        }
        residents.add(ResidentCsv.resident(fields, row.getRowNum()));
        numbers.add(row.getRowNum());
      }
      if (residents.isEmpty()) {
        throw DomainException.invalidField("file", "IMPORT_EMPTY");
      }
      return new ResidentCsv.Parsed(residents, numbers);
    } catch (IOException | ExcelReaderException | UncheckedIOException e) {
      throw DomainException.invalidField("file", "IMPORT_FILE_INVALID");
    }
  }

  private static boolean filled(Cell cell) {
    return cell != null && cell.getType() != CellType.EMPTY && !cell.getRawValue().isBlank();
  }

  /** A cell as the text a CSV would hold: dates as yyyy-MM-dd, numbers in plain notation. */
  private static String text(Row row, int column, boolean date) {
    Cell cell = row.getOptionalCell(column).orElse(null);
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER ->
          date
              ? cell.asDate().toLocalDate().toString()
              : ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.asString();
      default -> cell.getRawValue() == null ? "" : cell.getRawValue();
    };
  }
}
