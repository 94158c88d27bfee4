package org.linli.volunteer.export.api;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.linli.volunteer.export.application.StaffExports.Chunk;
import org.linli.volunteer.export.infrastructure.SheetWriter;

/**
 * A table to stream: its header, how one item becomes a row of cells, and how to fetch the page
 * after a keyset position (null: the first page).
 */
record ExportTable<T, K>(
    String sheetName,
    List<String> header,
    Function<T, List<Object>> row,
    Function<K, Chunk<T, K>> pages) {

  /** Writes every page, flushing after each so the response streams while later pages load. */
  void writeTo(SheetWriter writer) throws IOException {
    K after = null;
    do {
      Chunk<T, K> chunk = pages.apply(after);
      for (T item : chunk.items()) {
        writer.row(row.apply(item));
      }
      writer.flush();
      after = chunk.nextKey();
    } while (after != null);
    writer.finish();
  }
}
