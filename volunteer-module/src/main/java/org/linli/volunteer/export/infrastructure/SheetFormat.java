package org.linli.volunteer.export.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The download formats of staff exports, with their media type and file extension. */
public enum SheetFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String extension;

  SheetFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public SheetWriter open(OutputStream stream, String sheetName, List<String> header)
      throws IOException {
    return this == CSV
        ? new CsvSheetWriter(stream, header)
        : new XlsxSheetWriter(stream, sheetName, header);
  }
}
