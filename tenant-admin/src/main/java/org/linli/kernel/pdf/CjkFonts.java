package org.linli.kernel.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The system CJK font for PDFs (Debian fonts-wqy-microhei by default), embedded as a subset. Loaded
 * once per path: parsing a 5 MB collection per request would dominate the rendering time. Callers
 * answer a missing font with their own 503 code rather than print a PDF with missing characters.
 */
public final class CjkFonts {
  public static final String DEFAULT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  private static final Logger LOG = Logger.getLogger(CjkFonts.class.getName());
  private static final Map<String, BaseFont> LOADED = new ConcurrentHashMap<>();

  private CjkFonts() {}

  /** The font at {@code path}, or empty (logged) when it is missing or unusable. */
  public static Optional<BaseFont> load(String path) {
    BaseFont cached = LOADED.get(path);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (!Files.isReadable(Path.of(path))) {
      LOG.warning("PDF font not found: " + path);
      return Optional.empty();
    }
    try {
      // A TrueType collection needs the index of the face inside it.
      String name = path.toLowerCase().endsWith(".ttc") ? path + ",0" : path;
      BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      LOADED.putIfAbsent(path, font);
      return Optional.of(LOADED.get(path));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "PDF font unusable: " + path, e);
      return Optional.empty();
    }
  }
}
