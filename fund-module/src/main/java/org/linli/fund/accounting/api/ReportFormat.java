package org.linli.fund.accounting.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.linli.kernel.error.DomainException;

/**
 * The file formats of the downloadable reports ({@code ?format=xlsx|pdf}) and the one way a report
 * file is answered ({@link #attachment}), for every resource that offers one.
 */
public enum ReportFormat {
  XLSX(ReportFormat.XLSX_TYPE, "xlsx", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  PDF(ReportFormat.PDF_TYPE, "pdf", "pdf");

  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PDF_TYPE = "application/pdf";

  final String mediaType;
  final String extension;
  private final MediaType type;

  ReportFormat(String mediaType, String extension, String subtype) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.type = new MediaType("application", subtype);
  }

  /** 400 UNSUPPORTED_FORMAT for a missing or unknown format. */
  static ReportFormat parse(String raw) {
    if (raw != null) {
      for (ReportFormat f : values()) {
        if (f.extension.equals(raw.strip().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
    }
    throw DomainException.invalidField("format", "UNSUPPORTED_FORMAT");
  }

  /**
   * The format asked for by {@code ?format=}, else the first file type the Accept header names
   * explicitly. A format the Accept header excludes is 406 (NOT_ACCEPTABLE, as JAX-RS answers an
   * Accept that none of the file types match); no format at all is 400 UNSUPPORTED_FORMAT.
   */
  public static ReportFormat choose(String raw, List<MediaType> accepted) {
    if (raw != null) {
      ReportFormat f = parse(raw);
      if (accepted.stream().noneMatch(a -> a.isCompatible(f.type))) {
        throw new NotAcceptableException();
      }
      return f;
    }
    for (MediaType a : accepted) {
      if (!a.isWildcardType() && !a.isWildcardSubtype()) {
        for (ReportFormat f : values()) {
          if (a.isCompatible(f.type)) {
            return f;
          }
        }
      }
    }
    throw DomainException.invalidField("format", "UNSUPPORTED_FORMAT");
  }

  /**
   * The file as an attachment: {@code asciiName-suffix.ext} for every client, and {@code
   * localName-suffix.ext} (e.g. 资产负债表-2026-06-30.pdf) for those that read RFC 6266's filename*;
   * never cached.
   */
  public Response attachment(byte[] bytes, String asciiName, String localName, String suffix) {
    return Response.ok(bytes, mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + asciiName
                + "-"
                + suffix
                + "."
                + extension
                + "\"; filename*=UTF-8''"
                + percentEncoded(localName + "-" + suffix + "." + extension))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

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
