package org.linli.volunteer.export.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.linli.volunteer.export.infrastructure.SheetFormat;

/** File download responses that stream an export table. */
final class Downloads {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

  private Downloads() {}

  /**
   * {@code name} is the Chinese file name, {@code asciiName} the fallback for clients that do not
   * read RFC 6266's {@code filename*}. The table is written while the response is sent; a failure
   * midway aborts the connection, so a client never mistakes a truncated file for a whole one.
   */
  static Response of(SheetFormat format, String name, String asciiName, ExportTable<?, ?> table) {
    String suffix =
        "-"
            + LocalDate.now(CHINA).format(DateTimeFormatter.BASIC_ISO_DATE)
            + "."
            + format.extension();
    StreamingOutput body =
        out -> table.writeTo(format.open(out, table.sheetName(), table.header()));
    return Response.ok(body, format.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + asciiName
                + suffix
                + "\"; filename*=UTF-8''"
                + percentEncoded(name + suffix))
        // Personal data: no copy in browser or proxy caches.
        .header("Cache-Control", "no-store")
        .build();
  }

  /** RFC 5987 value encoding: every byte outside attr-char as %XX of its UTF-8 encoding. */
  static String percentEncoded(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0 && ATTR_CHARS.indexOf(b) >= 0) {
        encoded.append((char) b);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return encoded.toString();
  }
}
