package org.linli.volunteer.export.infrastructure;

import java.io.IOException;
import java.util.List;

/**
 * Writes one table, row by row, to a stream. Cells are {@code String}, {@code BigDecimal}, {@code
 * LocalDate}, {@code LocalDateTime} or null; each format renders them its own way.
 */
public interface SheetWriter {
  void row(List<?> cells) throws IOException;

  /** Pushes the rows written so far to the stream, so memory stays bounded. */
  void flush() throws IOException;

  /** Completes the file; the stream itself is left to its owner. */
  void finish() throws IOException;
}
