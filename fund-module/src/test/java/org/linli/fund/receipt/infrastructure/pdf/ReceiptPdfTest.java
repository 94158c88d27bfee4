package org.linli.fund.receipt.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linli.fund.receipt.domain.Receipt;
import org.linli.fund.receipt.domain.ReceiptSeries;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.pdf.CjkFonts;

class ReceiptPdfTest {
  static final String URL =
      "https://linli.example/m/receipts/verify/sunshine-sw/33010124/0000001001?c=ABCDEF1234";

  static Receipt receipt() {
    ReceiptSeries series =
        new ReceiptSeries("s1", "33010124", 1001, 2000, "finance", Instant.now());
    return new Receipt(
        "r1",
        series,
        1001,
        "ABCDEF1234",
        "d1",
        new Receipt.Facts(
            "南京鼓楼爱心科技有限公司",
            "91320106MA1XXXXX0X",
            LocalDate.of(2026, 12, 6),
            "010101",
            "限定性捐赠",
            "元",
            BigDecimal.ONE,
            123450,
            123450,
            "用途：助学"),
        "finance",
        Instant.now());
  }

  static ReceiptPdf pdf(String font) {
    ReceiptPdf pdf = new ReceiptPdf();
    pdf.fontPath = font;
    return pdf;
  }

  @Test
  void withoutTheFontItIs503() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () -> pdf("/nonexistent/font.ttc").render(receipt(), "机构", null, URL));
    assertEquals("RECEIPT_FONT_MISSING", e.code());
    assertEquals(503, e.kind().status());
  }

  @Test
  void printsTheFieldsOfTheReceiptWithTheAmountInCapitals() throws Exception {
    assumeTrue(Files.isReadable(Path.of(CjkFonts.DEFAULT_PATH)), "fonts-wqy-microhei missing");
    byte[] bytes =
        pdf(CjkFonts.DEFAULT_PATH).render(receipt(), "南京市鼓楼区阳光社会工作服务中心", "52320106MJ5599226Q", URL);
    String out = System.getProperty("receipt.pdf.out");
    if (out != null) {
      Files.write(Path.of(out), bytes);
    }
    String text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
    for (String expected :
        new String[] {
          "公益事业捐赠票据",
          "33010124",
          "0000001001",
          "ABCDEF1234",
          "壹仟贰佰叁拾肆元伍角整",
          "1234.50",
          "南京鼓楼爱心科技有限公司",
          "用途：助学",
          "南京市鼓楼区阳光社会工作服务中心"
        }) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
  }
}
