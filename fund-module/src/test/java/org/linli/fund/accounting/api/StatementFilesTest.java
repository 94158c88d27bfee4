package org.linli.fund.accounting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.linli.fund.accounting.api.ReportDtos.ActivitiesView;
import org.linli.fund.accounting.api.ReportDtos.BalanceSheetView;
import org.linli.fund.accounting.application.Reports;
import org.linli.fund.accounting.domain.ActivityStatement;
import org.linli.fund.accounting.domain.BalanceSheet;
import org.linli.fund.accounting.infrastructure.export.PdfReport;
import org.linli.fund.accounting.infrastructure.export.ReportTable;
import org.linli.fund.accounting.infrastructure.export.XlsxReport;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.pdf.CjkFonts;

/** The printed balance sheet carries the JSON view's figures, in XLSX cells and in PDF text. */
class StatementFilesTest {
  static final LocalDate AT = LocalDate.of(2026, 6, 30);

  static ReportTable table() {
    BalanceSheet current =
        BalanceSheet.of(
            AT, Map.of("1002", 123_456L, "2204", -20_000L, "3101", -100_000L, "410102", -3_456L));
    BalanceSheet start =
        BalanceSheet.of(LocalDate.of(2025, 12, 31), Map.of("1001", 5_000L, "3101", -5_000L));
    var view = BalanceSheetView.of(new Reports.BalanceSheets(current, start, true));
    return StatementTables.balanceSheet("=阳光社工", view);
  }

  @Test
  void theWorkbookHoldsTheViewsAmountsAsNumbers() throws Exception {
    byte[] bytes = XlsxReport.write(table());
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      List<Row> rows = wb.getFirstSheet().read();
      assertEquals("资产负债表", rows.get(0).getCellText(0));
      assertEquals("会民非01表", rows.get(0).getCellText(2));
      assertEquals("编制单位：'=阳光社工", rows.get(1).getCellText(0));
      Row cash =
          rows.stream().filter(r -> "货币资金".equals(r.getCellText(0))).findFirst().orElseThrow();
      assertEquals(new BigDecimal("50.00").compareTo(cash.getCellAsNumber(1).orElseThrow()), 0);
      assertEquals(0, new BigDecimal("1234.56").compareTo(cash.getCellAsNumber(2).orElseThrow()));
      Row total =
          rows.stream().filter(r -> "负债和净资产总计".equals(r.getCellText(0))).findFirst().orElseThrow();
      assertEquals(0, new BigDecimal("1234.56").compareTo(total.getCellAsNumber(2).orElseThrow()));
    }
  }

  @Test
  void thePdfPrintsTheHeadingAndTheAmounts() throws Exception {
    assumeTrue(Files.isReadable(Path.of(CjkFonts.DEFAULT_PATH)), "fonts-wqy-microhei missing");
    byte[] bytes = new PdfReport(CjkFonts.DEFAULT_PATH).render(table());
    String out = System.getProperty("statement.pdf.out");
    if (out != null) {
      Files.write(Path.of(out), bytes);
    }
    String text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
    for (String expected :
        new String[] {
          "资产负债表", "会民非01表", "编制单位：=阳光社工", "2026年06月30日", "单位：元", "1234.56", "200.00", "34.56"
        }) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
  }

  @Test
  void aMissingFontIsA503() {
    DomainException e =
        assertThrows(
            DomainException.class, () -> new PdfReport("/nonexistent.ttc").render(table()));
    assertEquals("STATEMENT_FONT_MISSING", e.code());
  }

  @Test
  void theFormatComesFromTheParameterOrTheAcceptHeader() {
    List<MediaType> any = List.of(MediaType.WILDCARD_TYPE);
    assertEquals(ReportFormat.PDF, ReportFormat.choose("pdf", any));
    assertEquals(ReportFormat.XLSX, ReportFormat.choose("XLSX", any));
    assertEquals(
        ReportFormat.PDF, ReportFormat.choose(null, List.of(new MediaType("application", "pdf"))));
    assertEquals(
        "UNSUPPORTED_FORMAT",
        assertThrows(DomainException.class, () -> ReportFormat.choose("csv", any)).code());
    assertEquals(
        "UNSUPPORTED_FORMAT",
        assertThrows(DomainException.class, () -> ReportFormat.choose(null, any)).code());
  }

  @Test
  void theActivityStatementPrintsSevenColumnsOnALandscapePage() throws Exception {
    assumeTrue(Files.isReadable(Path.of(CjkFonts.DEFAULT_PATH)), "fonts-wqy-microhei missing");
    var movements =
        Map.of("410101", -50_000L, "410102", -120_000L, "510102", 30_000L, "520101", 1_234L);
    var current = ActivityStatement.of(LocalDate.of(2026, 1, 1), AT, movements, 10_000L);
    var before =
        ActivityStatement.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), Map.of("410101", -7_000L), 0);
    var view = ActivitiesView.of(new Reports.Activities(current, before, 100_000L, 238_766L, true));
    byte[] bytes =
        new PdfReport(CjkFonts.DEFAULT_PATH).render(StatementTables.activities("阳光", view));
    String out = System.getProperty("activities.pdf.out");
    if (out != null) {
      Files.write(Path.of(out), bytes);
    }
    PdfReader reader = new PdfReader(bytes);
    assertTrue(
        reader.getPageSizeWithRotation(1).getWidth()
            > reader.getPageSizeWithRotation(1).getHeight(),
        "landscape");
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    for (String expected :
        new String[] {
          "业务活动表",
          "会民非02表",
          "2026年01月01日至2026年06月30日",
          "捐赠收入 500.00 1200.00 1700.00 70.00 0.00 70.00",
          "限定性净资产转为非限定性净资产 100.00 -100.00 0.00 0.00 0.00 0.00",
          "期末净资产 2387.66"
        }) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
  }
}
