package org.linli.volunteer.certificate.infrastructure.pdf;

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
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.linli.kernel.pdf.QrCode;
import org.linli.volunteer.certificate.domain.CertificateFacts;
import org.linli.volunteer.certificate.domain.CertificateFacts.ServiceItem;

/**
 * One certificate on A4, worded after the certificate template of the 记录与证明出具办法: the holder, the
 * period and approved hours, the services, the issuer and 负责人, the date, and how to verify.
 */
final class CertificateLayout {
  private final Font title;
  private final Font body;
  private final Font cell;
  private final Font small;

  CertificateLayout(BaseFont font) {
    title = new Font(font, 22);
    body = new Font(font, 12);
    cell = new Font(font, 10);
    small = new Font(font, 8);
  }

  /** The PDF bytes; {@code verificationUrl} becomes the QR code. */
  byte[] render(CertificateFacts f, String digest, String keyId, String verificationUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.addTitle("志愿服务证明 " + f.certificateNo());
    doc.addSubject("Volunteer service certificate " + f.certificateNo());
    doc.addCreator("Linli");
    doc.open();
    doc.add(paragraph("志愿服务证明", title, Element.ALIGN_CENTER, 6));
    doc.add(paragraph("证明编号：" + f.certificateNo(), cell, Element.ALIGN_RIGHT, 12));
    Paragraph text = paragraph(statement(f), body, Element.ALIGN_JUSTIFIED, 10);
    text.setFirstLineIndent(24);
    text.setLeading(22);
    doc.add(text);
    doc.add(services(f));
    doc.add(paragraph("特此证明。", body, Element.ALIGN_LEFT, 4));
    if (f.purpose() != null && !f.purpose().isBlank()) {
      doc.add(paragraph("用途：" + f.purpose(), body, Element.ALIGN_LEFT, 4));
    }
    doc.add(paragraph("", body, Element.ALIGN_LEFT, 16));
    doc.add(paragraph("出具单位（盖章）：" + f.issuer().name(), body, Element.ALIGN_RIGHT, 2));
    if (f.issuer().creditCode() != null) {
      doc.add(paragraph("统一社会信用代码：" + f.issuer().creditCode(), body, Element.ALIGN_RIGHT, 2));
    }
    doc.add(paragraph("负责人：" + f.issuer().responsiblePerson(), body, Element.ALIGN_RIGHT, 2));
    doc.add(paragraph("出具日期：" + chinese(f.issueDate()), body, Element.ALIGN_RIGHT, 20));
    doc.add(verification(writer, digest, keyId, verificationUrl));
    doc.close();
    return out.toByteArray();
  }

  private static String statement(CertificateFacts f) {
    return "兹证明 "
        + f.volunteer().name()
        + "（身份证号："
        + f.volunteer().idNumberMasked()
        + "，志愿者编号："
        + f.volunteer().volunteerNo()
        + "）于 "
        + chinese(f.period().from())
        + " 至 "
        + chinese(f.period().to())
        + " 期间在"
        + f.issuer().name()
        + "参加志愿服务，经本组织审核确认的志愿服务时长累计 "
        + f.totalHours()
        + " 小时。服务内容如下：";
  }

  private PdfPTable services(CertificateFacts f) {
    PdfPTable table = new PdfPTable(new float[] {0.7f, 1.5f, 2.3f, 3.7f, 1.7f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingAfter(10);
    for (String h : new String[] {"序号", "服务日期", "活动名称", "服务内容", "时长（小时）"}) {
      table.addCell(cell(h, Element.ALIGN_CENTER));
    }
    int i = 0;
    for (ServiceItem r : f.records()) {
      table.addCell(cell(Integer.toString(++i), Element.ALIGN_CENTER));
      table.addCell(cell(r.date().toString(), Element.ALIGN_CENTER));
      table.addCell(cell(r.activityName(), Element.ALIGN_LEFT));
      table.addCell(cell(r.content(), Element.ALIGN_LEFT));
      table.addCell(cell(CertificateFacts.hours(r.minutes()), Element.ALIGN_RIGHT));
    }
    PdfPCell total = cell("合计", Element.ALIGN_RIGHT);
    total.setColspan(4);
    table.addCell(total);
    table.addCell(cell(f.totalHours(), Element.ALIGN_RIGHT));
    return table;
  }

  private PdfPTable verification(
      PdfWriter writer, String digest, String keyId, String verificationUrl) {
    PdfPTable table = new PdfPTable(new float[] {1f, 4f});
    table.setWidthPercentage(100);
    PdfPCell qr = new PdfPCell(QrCode.image(writer.getDirectContent(), verificationUrl, 96f));
    qr.setBorder(Rectangle.NO_BORDER);
    table.addCell(qr);
    PdfPCell text =
        new PdfPCell(
            new Phrase(
                "扫描二维码或访问以下地址核验本证明的真实性与状态：\n"
                    + verificationUrl
                    + "\n数字签名：Ed25519（密钥 "
                    + keyId
                    + "）\nSHA-256 摘要："
                    + digest
                    + "\n本证明依据《志愿服务记录与证明出具办法（试行）》出具，免费提供。",
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

  private static String chinese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
