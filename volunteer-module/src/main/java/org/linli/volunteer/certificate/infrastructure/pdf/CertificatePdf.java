package org.linli.volunteer.certificate.infrastructure.pdf;

import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.pdf.CjkFonts;
import org.linli.volunteer.certificate.domain.CertificateFacts;

/**
 * Renders certificates on demand (never stored: the signed facts are the record, the PDF a view of
 * them). The CJK font is the kernel's ({@link CjkFonts}), embedded as a subset; without it the
 * answer is 503, not a PDF with missing characters.
 */
@ApplicationScoped
public class CertificatePdf {
  @Inject
  @ConfigProperty(name = "linli.certificates.font", defaultValue = CjkFonts.DEFAULT_PATH)
  String fontPath;

  private BaseFont font;

  public byte[] render(CertificateFacts facts, String digest, String keyId, String url) {
    return new CertificateLayout(font()).render(facts, digest, keyId, url);
  }

  /** The kernel's shared CJK font (loaded once); missing is 503 CERT_FONT_MISSING. */
  synchronized BaseFont font() {
    if (font == null) {
      font = CjkFonts.load(fontPath).orElseThrow(CertificatePdf::fontMissing);
    }
    return font;
  }

  private static DomainException fontMissing() {
    return new DomainException(ErrorKind.UNAVAILABLE, "CERT_FONT_MISSING");
  }
}
