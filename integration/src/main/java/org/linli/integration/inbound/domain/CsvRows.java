package org.linli.integration.inbound.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A roster or notice CSV (UTF-8, comma-separated, double quotes around fields with commas), read
 * line by line. A line that is not valid UTF-8 or has an open quote is a bad row, not a bad file.
 */
public final class CsvRows implements RowSource {
  static final int MAX_LINE = 4096;

  private final BufferedReader reader;
  private final String[] columns;
  private int line = 1;

  public CsvRows(InputStream in) throws IOException, UnreadableList {
    this(in, ListKind.ROSTER);
  }

  public CsvRows(InputStream in, ListKind kind) throws IOException, UnreadableList {
    this.reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            64 * 1024);
    String header = reader.readLine();
    if (header == null || header.indexOf('\0') >= 0 || header.indexOf('\uFFFD') >= 0) {
      throw new UnreadableList(header == null ? "EMPTY" : "NOT_TEXT");
    }
    List<String> cells = fields(header);
    if (cells == null) {
      throw new UnreadableList("HEADER_INVALID");
    }
    this.columns = Header.columns(cells, kind.required());
  }

  @Override
  public Row next() throws IOException {
    String text;
    do {
      text = reader.readLine();
      line++;
      if (text == null) {
        return null;
      }
    } while (text.isBlank());
    if (text.length() > MAX_LINE) {
      return new Row(line, Map.of(), "LINE_TOO_LONG");
    }
    if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) {
      return new Row(line, Map.of(), "NOT_TEXT");
    }
    List<String> cells = fields(text);
    if (cells == null) {
      return new Row(line, Map.of(), "UNCLOSED_QUOTE");
    }
    if (cells.size() != columns.length) {
      return new Row(line, Map.of(), "FIELD_COUNT");
    }
    Map<String, String> f = new HashMap<>();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] != null) {
        f.put(columns[i], cells.get(i));
      }
    }
    return new Row(line, f, null);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** The fields of one line, or null when a quote is left open. */
  static List<String> fields(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
      return null;
    }
    out.add(cur.toString());
    return out;
  }
}
