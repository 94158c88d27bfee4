package org.linli.volunteer.certificate.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.pdf.QrCode;
import org.linli.volunteer.certificate.domain.CertificateFacts;
import org.linli.volunteer.certificate.domain.Samples;

class CertificatePdfTest {
  static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  static final String URL =
      "http://127.0.0.1:9080/api/v1/public/certificates/sunshine-sw/ZM-2026-000001?d="
          + "a".repeat(64);

  private static CertificatePdf pdf(String font) {
    CertificatePdf pdf = new CertificatePdf();
    pdf.fontPath = font;
    return pdf;
  }

  @Test
  void aMissingFontIsUnavailableNotAnError() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                pdf("/nonexistent/font.ttc")
                    .render(Samples.facts("ZM-2026-000001"), "a".repeat(64), "c1", URL));
    assertEquals(ErrorKind.UNAVAILABLE, e.kind());
    assertEquals("CERT_FONT_MISSING", e.code());
  }

  @Test
  void theCertificateIsAPdfWithTheChineseTextEmbedded() throws Exception {
    assumeTrue(Files.isReadable(Path.of(FONT)), "fonts-wqy-microhei not installed");
    CertificateFacts facts = Samples.facts("ZM-2026-000001");
    byte[] bytes = pdf(FONT).render(facts, "a".repeat(64), "c1", URL);
    assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertTrue(bytes.length > 5_000 && bytes.length < 1_000_000, "size " + bytes.length);
    String text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
    assertTrue(text.contains("志愿服务证明"), text);
    assertTrue(text.contains("ZM-2026-000001"), text);
    assertTrue(text.contains("3.50"), text);
    assertTrue(text.contains("王芳"), text);
  }

  @Test
  void theQrCodeHoldsTheWholeUrl() {
    var matrix = QrCode.encode(URL);
    assertTrue(matrix.getWidth() >= 21 && matrix.getWidth() == matrix.getHeight());
  }
}
