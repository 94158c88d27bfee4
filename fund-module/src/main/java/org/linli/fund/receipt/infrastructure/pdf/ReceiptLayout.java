package org.linli.fund.receipt.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.fund.receipt.domain.Receipt;
import org.linli.kernel.pdf.QrCode;

/**
 * One 公益事业捐赠票据 on an A5 landscape page, with the fields of 财综〔2024〕1号: 票据代码, 票据号码, 校验码, 开票日期, 交款人
 * and its 统一社会信用代码, the item table (项目编码/项目名称/单位/数量/标准/金额), 金额合计 in capitals and figures, 备注, the
 * receiving organization, and the QR code of the public check. A voided receipt is printed with 作废
 * and the reason, never as a valid one.
 */
final class ReceiptLayout {
  private static final Color RECEIPT_RED = new Color(0x9c, 0x1c, 0x1c);
  private final Font title;
  private final Font body;
  private final Font cell;
  private final Font small;
  private final Font stamp;

  ReceiptLayout(BaseFont font) {
    title = new Font(font, 18, Font.NORMAL, RECEIPT_RED);
    body = new Font(font, 10);
    cell = new Font(font, 9);
    small = new Font(font, 7);
    stamp = new Font(font, 16, Font.NORMAL, Color.RED);
  }

  record Issuer(String name, String creditCode) {}

  byte[] render(Receipt r, Issuer issuer, String verificationUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document doc = new Document(PageSize.A5.rotate(), 36, 36, 28, 28);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.addTitle("公益事业捐赠票据 " + r.receiptCode() + "-" + r.number());
    doc.addSubject("Donation receipt " + r.receiptCode() + "-" + r.number());
    doc.addCreator("Linli");
    doc.open();
    doc.add(paragraph("公益事业捐赠票据", title, Element.ALIGN_CENTER, 4));
    if (r.status() == Receipt.Status.VOID) {
      doc.add(paragraph("作废  " + r.voidReason(), stamp, Element.ALIGN_CENTER, 4));
    }
    Receipt.Facts f = r.facts();
    doc.add(
        row(
            "票据代码：" + r.receiptCode(),
            "票据号码：" + r.number(),
            "校验码：" + r.checkCode(),
            "开票日期：" + chinese(f.issuedOn())));
    doc.add(
        row("交款人：" + f.payerName(), "交款人统一社会信用代码：" + (f.payerCode() == null ? "" : f.payerCode())));
    doc.add(items(f, r.amountInCapitals()));
    doc.add(paragraph("备注：" + (f.remark() == null ? "" : f.remark()), body, Element.ALIGN_LEFT, 6));
    doc.add(
        row(
            "收款单位（章）：" + issuer.name(),
            issuer.creditCode() == null ? "" : "统一社会信用代码：" + issuer.creditCode()));
    doc.add(verification(writer, verificationUrl));
    doc.close();
    return out.toByteArray();
  }

  private PdfPTable items(Receipt.Facts f, String capitals) {
    PdfPTable table = new PdfPTable(new float[] {1.4f, 3.2f, 0.9f, 1.1f, 1.4f, 1.6f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setSpacingAfter(6);
    for (String h : new String[] {"项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"}) {
      table.addCell(cell(h, Element.ALIGN_CENTER));
    }
    table.addCell(cell(f.projectCode(), Element.ALIGN_CENTER));
    table.addCell(cell(f.projectName(), Element.ALIGN_LEFT));
    table.addCell(cell(f.unit() == null ? "" : f.unit(), Element.ALIGN_CENTER));
    table.addCell(cell(f.quantity().stripTrailingZeros().toPlainString(), Element.ALIGN_RIGHT));
    table.addCell(cell(yuan(f.standardFen()), Element.ALIGN_RIGHT));
    table.addCell(cell(yuan(f.amountFen()), Element.ALIGN_RIGHT));
    PdfPCell total = cell("金额合计（大写）" + capitals, Element.ALIGN_LEFT);
    total.setColspan(4);
    table.addCell(total);
    PdfPCell figures = cell("（小写）¥" + yuan(f.amountFen()), Element.ALIGN_RIGHT);
    figures.setColspan(2);
    table.addCell(figures);
    return table;
  }

  private PdfPTable row(String... texts) {
    PdfPTable table = new PdfPTable(texts.length);
    table.setWidthPercentage(100);
    for (String t : texts) {
      PdfPCell c = new PdfPCell(new Phrase(t, body));
      c.setBorder(Rectangle.NO_BORDER);
      c.setPaddingBottom(3);
      table.addCell(c);
    }
    return table;
  }

  private PdfPTable verification(PdfWriter writer, String url) {
    PdfPTable table = new PdfPTable(new float[] {1f, 6f});
    table.setWidthPercentage(100);
    PdfPCell qr = new PdfPCell(QrCode.image(writer.getDirectContent(), url, 64f));
    qr.setBorder(Rectangle.NO_BORDER);
    table.addCell(qr);
    PdfPCell text =
        new PdfPCell(
            new Phrase(
                "扫描二维码或访问以下地址查验本票据的真伪与状态：\n" + url + "\n依据《公益事业捐赠票据使用管理暂行办法》及财综〔2024〕1号开具。",
                small));
    text.setBorder(Rectangle.NO_BORDER);
    text.setVerticalAlignment(Element.ALIGN_MIDDLE);
    table.addCell(text);
    return table;
  }

  private PdfPCell cell(String text, int alignment) {
    PdfPCell c = new PdfPCell(new Phrase(text, cell));
    c.setHorizontalAlignment(alignment);
    c.setPadding(4);
    return c;
  }

  private static Paragraph paragraph(String text, Font font, int alignment, float after) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(alignment);
    p.setSpacingAfter(after);
    return p;
  }

  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  private static String chinese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
