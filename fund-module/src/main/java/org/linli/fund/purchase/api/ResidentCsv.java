package org.linli.fund.purchase.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.linli.fund.purchase.application.Residents.RegisterResident;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.fund.purchase.domain.Geo;
import org.linli.kernel.error.DomainException;

/**
 * Reads a roster CSV (UTF-8, comma-separated, double quotes for fields with commas) with the header
 * {@value #HEADER}; a bad line fails the whole file with its line number.
 */
final class ResidentCsv {
  static final String HEADER =
      "name,idNumber,phone,address,latitude,longitude,category,level,eligibleFrom,eligibleTo";
  static final int MAX_ROWS = 5000;

  record Parsed(List<RegisterResident> rows, List<Integer> lines) {}

  private ResidentCsv() {}

  static Parsed parse(String text) {
    if (text == null || text.isBlank()) {
      throw DomainException.invalidField("file", "IMPORT_EMPTY");
    }
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
    String header = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
    if (!header.strip().equals(HEADER)) {
      throw DomainException.invalidField("file", "IMPORT_HEADER_INVALID").with(HEADER);
    }
    List<RegisterResident> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (rows.size() == MAX_ROWS) {
        throw DomainException.invalidField("file", "IMPORT_TOO_MANY_ROWS").with(MAX_ROWS);
      }
      int line = i + 1;
      rows.add(resident(fields(lines[i], line), line));
      numbers.add(line);
    }
    if (rows.isEmpty()) {
      throw DomainException.invalidField("file", "IMPORT_EMPTY");
    }
    return new Parsed(rows, numbers);
  }

  /**
   * One roster row (the ten fields of the header, in order) with the same checks whatever the file
   * format; a bad value fails the import with the row's number.
   */
  static RegisterResident resident(List<String> f, int line) {
    if (f.size() != 10) {
      throw row(line, "FIELD_COUNT");
    }
    try {
      return new RegisterResident(
          required(f.get(0), line),
          "RESIDENT_ID",
          required(f.get(1), line),
          blankToNull(f.get(2)),
          required(f.get(3), line),
          Geo.point("location", decimal(f.get(4)), decimal(f.get(5)), false),
          EligibilityCategory.valueOf(f.get(6).strip()),
          blankToNull(f.get(7)),
          LocalDate.parse(f.get(8).strip()),
          f.get(9).isBlank() ? null : LocalDate.parse(f.get(9).strip()));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw row(line, "VALUE");
    } catch (DomainException e) {
      throw row(line, e.code());
    }
  }

  static DomainException row(int line, String why) {
    return DomainException.invalidField("file", "IMPORT_ROW_INVALID").with(line, why);
  }

  private static String required(String s, int line) {
    if (s.isBlank()) {
      throw row(line, "MISSING_VALUE");
    }
    return s.strip();
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s.strip();
  }

  private static BigDecimal decimal(String s) {
    return s.isBlank() ? null : new BigDecimal(s.strip());
  }

  static List<String> fields(String line, int number) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw row(number, "UNCLOSED_QUOTE");
    }
    out.add(cur.toString());
    return out;
  }
}
