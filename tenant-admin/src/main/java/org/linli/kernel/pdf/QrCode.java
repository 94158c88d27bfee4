package org.linli.kernel.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.Map;

/**
 * A QR code drawn as vector squares: sharp at any print size, and no raster image or AWT needed.
 * Used by every PDF that carries a verification link (certificates, donation receipts).
 */
public final class QrCode {
  private static final int QUIET_ZONE_MODULES = 4;

  private QrCode() {}

  public static Image image(PdfContentByte canvas, String text, float size) {
    BitMatrix modules = encode(text);
    int n = modules.getWidth();
    float m = size / (n + 2 * QUIET_ZONE_MODULES);
    PdfTemplate template = canvas.createTemplate(size, size);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (modules.get(x, y)) {
          // PDF's y axis points up, the matrix's down.
          template.rectangle(
              (x + QUIET_ZONE_MODULES) * m, size - (y + 1 + QUIET_ZONE_MODULES) * m, m, m);
        }
      }
    }
    template.fill();
    try {
      return Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException("QR code template rejected", e);
    }
  }

  public static BitMatrix encode(String text) {
    try {
      // Width and height 0: one matrix cell per module; the quiet zone is drawn as space.
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.MARGIN,
                  0,
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode as QR code", e);
    }
  }
}
