package org.linli.volunteer.certificate.infrastructure.pdf;

import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.volunteer.certificate.domain.CertificateFacts;

/**
 * Renders certificates on demand (never stored: the signed facts are the record, the PDF a view of
 * them). The CJK font comes from the system (Debian fonts-wqy-microhei by default) and is embedded
 * as a subset; without it the answer is 503, not a PDF with missing characters.
 */
@ApplicationScoped
public class CertificatePdf {
  private static final Logger LOG = Logger.getLogger(CertificatePdf.class.getName());

  @Inject
  @ConfigProperty(
      name = "linli.certificates.font",
      defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
  String fontPath;

  private BaseFont font;

  public byte[] render(CertificateFacts facts, String digest, String keyId, String url) {
    return new CertificateLayout(font()).render(facts, digest, keyId, url);
  }

  /** Loaded once: parsing a 5 MB collection per request would dominate the rendering time. */
  synchronized BaseFont font() {
    if (font == null) {
      if (!Files.isReadable(Path.of(fontPath))) {
        LOG.warning("Certificate font not found: " + fontPath);
        throw fontMissing();
      }
      try {
        // A TrueType collection needs the index of the face inside it.
        String name = fontPath.toLowerCase().endsWith(".ttc") ? fontPath + ",0" : fontPath;
        font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Certificate font unusable: " + fontPath, e);
        throw fontMissing();
      }
    }
    return font;
  }

  private static DomainException fontMissing() {
    return new DomainException(ErrorKind.UNAVAILABLE, "CERT_FONT_MISSING");
  }
}
