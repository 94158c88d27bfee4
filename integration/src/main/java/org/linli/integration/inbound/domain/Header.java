package org.linli.integration.inbound.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The column of each field, from a header row in English or Chinese. */
final class Header {
  private Header() {}

  static String[] columns(List<String> cells, Set<String> required) throws UnreadableList {
    String[] names = new String[cells.size()];
    Set<String> found = new HashSet<>();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i) == null ? "" : cells.get(i).strip();
      if (i == 0 && cell.startsWith("\uFEFF")) {
        cell = cell.substring(1);
      }
      names[i] = RowSource.HEADINGS.get(cell);
      if (names[i] != null) {
        found.add(names[i]);
      }
    }
    if (!found.containsAll(required)) {
      throw new UnreadableList("HEADER_INVALID");
    }
    return names;
  }
}
