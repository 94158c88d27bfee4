package org.linli.fund.accounting.infrastructure.export;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.pdf.CjkFonts;

/**
 * A report as a PDF (OpenPDF, A4; landscape when it has more than three amount columns) with the
 * platform's CJK font ({@code linli.certificates.font}, as receipts and certificates): title, form
 * number, 编制单位, period, 单位：元, then the table; the heading row repeats on every page. Amounts are
 * printed as the API gives them (two decimals, no grouping), so a reader finds the JSON figures.
 * Without the font: 503 STATEMENT_FONT_MISSING rather than a PDF with missing characters.
 */
@ApplicationScoped
public class PdfReport {
  private static final Color HEAD_FILL = new Color(0xf2, 0xf2, 0xf2);

  @Inject
  @ConfigProperty(name = "linli.certificates.font", defaultValue = CjkFonts.DEFAULT_PATH)
  String fontPath;

  public PdfReport() {}

  /** For unit tests. */
  public PdfReport(String fontPath) {
    this.fontPath = fontPath;
  }

  public byte[] render(ReportTable t) {
    BaseFont font =
        CjkFonts.load(fontPath)
            .orElseThrow(
                () -> new DomainException(ErrorKind.UNAVAILABLE, "STATEMENT_FONT_MISSING"));
    Font title = new Font(font, 16, Font.BOLD);
    Font body = new Font(font, 9);
    Font bold = new Font(font, 9, Font.BOLD);
    int amounts = t.header().size() - t.textColumns();
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    Document doc = new Document(amounts > 3 ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
    PdfWriter.getInstance(doc, out);
    doc.addTitle(t.title());
    doc.addCreator("Linli");
    doc.open();
    Paragraph heading = new Paragraph(t.title(), title);
    heading.setAlignment(Element.ALIGN_CENTER);
    doc.add(heading);
    PdfPTable meta = new PdfPTable(new float[] {3, 2, 1});
    meta.setWidthPercentage(100);
    meta.setSpacingBefore(4);
    meta.addCell(plain("", body, Element.ALIGN_LEFT));
    meta.addCell(plain("", body, Element.ALIGN_CENTER));
    meta.addCell(plain(t.formNumber() == null ? "" : t.formNumber(), body, Element.ALIGN_RIGHT));
    meta.addCell(plain("编制单位：" + t.organization(), body, Element.ALIGN_LEFT));
    meta.addCell(plain(t.period(), body, Element.ALIGN_CENTER));
    meta.addCell(plain("单位：" + ReportTable.UNIT, body, Element.ALIGN_RIGHT));
    doc.add(meta);

    float[] widths = new float[t.header().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = c < t.textColumns() ? (c == t.textColumns() - 1 ? 3.2f : 1.2f) : 1.4f;
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setHeaderRows(1);
    for (String h : t.header()) {
      PdfPCell cell = cell(h, bold, Element.ALIGN_CENTER);
      cell.setBackgroundColor(HEAD_FILL);
      table.addCell(cell);
    }
    for (ReportTable.Row row : t.rows()) {
      Font f = row.kind() == ReportTable.Kind.ITEM ? body : bold;
      if (row.kind() == ReportTable.Kind.HEAD) {
        PdfPCell cell = cell(row.texts().get(0), f, Element.ALIGN_LEFT);
        cell.setColspan(widths.length);
        table.addCell(cell);
        continue;
      }
      for (int c = 0; c < t.textColumns(); c++) {
        String text = c < row.texts().size() ? row.texts().get(c) : "";
        table.addCell(cell(text, f, Element.ALIGN_LEFT));
      }
      for (int c = 0; c < amounts; c++) {
        String amount = c < row.amounts().size() ? row.amounts().get(c) : null;
        table.addCell(cell(amount == null ? "" : amount, f, Element.ALIGN_RIGHT));
      }
    }
    doc.add(table);
    doc.close();
    return out.toByteArray();
  }

  private static PdfPCell cell(String text, Font font, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setHorizontalAlignment(align);
    cell.setPadding(3);
    return cell;
  }

  private static PdfPCell plain(String text, Font font, int align) {
    PdfPCell cell = cell(text, font, align);
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }
}
