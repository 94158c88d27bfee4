package org.linli.fund.receipt.infrastructure.pdf;

import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.fund.receipt.domain.Receipt;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.pdf.CjkFonts;

/**
 * Renders receipts on demand from their stored facts (never stored as files), with the platform's
 * CJK font (the certificates' setting, {@code linli.certificates.font}); without it 503
 * RECEIPT_FONT_MISSING rather than a PDF with missing characters.
 */
@ApplicationScoped
public class ReceiptPdf {
  @Inject
  @ConfigProperty(name = "linli.certificates.font", defaultValue = CjkFonts.DEFAULT_PATH)
  String fontPath;

  public byte[] render(Receipt receipt, String issuerName, String issuerCode, String url) {
    BaseFont font =
        CjkFonts.load(fontPath)
            .orElseThrow(() -> new DomainException(ErrorKind.UNAVAILABLE, "RECEIPT_FONT_MISSING"));
    return new ReceiptLayout(font)
        .render(receipt, new ReceiptLayout.Issuer(issuerName, issuerCode), url);
  }
}
