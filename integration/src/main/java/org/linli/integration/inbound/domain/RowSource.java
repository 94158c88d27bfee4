package org.linli.integration.inbound.domain;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * A roster read one row at a time (never the whole file in memory): the fields of each row by their
 * English names, with the row's line number in the file.
 */
public interface RowSource extends Closeable {
  /** The next row, or null at the end. */
  Row next() throws IOException;

  /** One row: its line (1 = the header) and its fields; {@code problem} when unreadable. */
  record Row(int line, Map<String, String> fields, String problem) {}

  /** Columns a roster must have, with the Chinese headings the bureau's files use. */
  Map<String, String> HEADINGS =
      Map.ofEntries(
          Map.entry("idNumber", "idNumber"),
          Map.entry("身份证号", "idNumber"),
          Map.entry("身份证号码", "idNumber"),
          Map.entry("name", "name"),
          Map.entry("姓名", "name"),
          Map.entry("category", "category"),
          Map.entry("类别", "category"),
          Map.entry("level", "level"),
          Map.entry("等级", "level"),
          Map.entry("effectiveFrom", "effectiveFrom"),
          Map.entry("生效日期", "effectiveFrom"),
          Map.entry("address", "address"),
          Map.entry("地址", "address"),
          // Notices (death, move-away): the one date of the event.
          Map.entry("date", "date"),
          Map.entry("dateOfDeath", "date"),
          Map.entry("死亡日期", "date"),
          Map.entry("movedOn", "date"),
          Map.entry("迁出日期", "date"));

  /** The English names every roster must name in its header (notices: {@link ListKind}). */
  java.util.Set<String> REQUIRED =
      java.util.Set.of("idNumber", "name", "category", "level", "effectiveFrom", "address");
}
