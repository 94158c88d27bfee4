package org.linli.fund.accounting.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.accounting.api.ReportDtos.ActivitiesView;
import org.linli.fund.accounting.api.ReportDtos.BalanceSheetView;
import org.linli.fund.accounting.api.ReportDtos.CashFlowView;
import org.linli.fund.accounting.api.ReportDtos.GeneralLedgerView;
import org.linli.fund.accounting.api.ReportDtos.LedgerLineView;
import org.linli.fund.accounting.api.ReportDtos.TrialBalanceView;
import org.linli.fund.accounting.api.VoucherDtos.VoucherView;
import org.linli.fund.accounting.application.PeriodClose;
import org.linli.fund.accounting.application.Reports;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.accounting.domain.Voucher;
import org.linli.fund.accounting.infrastructure.export.PdfReport;
import org.linli.fund.accounting.infrastructure.export.ReportTable;
import org.linli.fund.accounting.infrastructure.export.XlsxReport;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.kernel.time.ChinaTime;
import org.linli.tenant.domain.org.OrganizationRepository;

/** Trial balance, ledgers, statements and the month close. */
@Path("/v1/orgs/{org}/accounting")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounting")
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
public class ReportsResource {
  @Inject Reports reports;
  @Inject PeriodClose close;
  @Inject PdfReport pdf;
  @Inject OrganizationRepository organizations;
  @Context HttpHeaders headers;

  /** from defaults to the first day of {@code to}'s year, to to today. */
  static Reports.Range range(String from, String to) {
    LocalDate end = to == null ? ChinaTime.today() : QueryParams.date("to", to);
    LocalDate start = from == null ? end.withDayOfYear(1) : QueryParams.date("from", from);
    return new Reports.Range(start, end);
  }

  @GET
  @Path("trial-balance")
  @Operation(
      summary = "Trial balance (科目余额表) for a date range",
      description = "from defaults to 1 January of to's year; to defaults to today.")
  public TrialBalanceView trialBalance(
      @PathParam("org") String org, @QueryParam("from") String from, @QueryParam("to") String to) {
    return TrialBalanceView.of(reports.trialBalance(range(from, to)));
  }

  @GET
  @Path("ledgers/{accountCode}")
  @Operation(summary = "Detail ledger (明细账) of an account and its sub-accounts, with balances")
  public Page<LedgerLineView> detail(
      @PathParam("org") String org,
      @PathParam("accountCode") String code,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var ledger =
        reports.detail(code, range(from, to), PageRequest.of("ledger:" + code, limit, cursor));
    return new Page<>(
        ledger.lines().items().stream().map(LedgerLineView::of).toList(),
        ledger.lines().nextCursor());
  }

  @GET
  @Path("ledgers/{accountCode}/general")
  @Operation(summary = "General ledger (总账) of an account: per month debits, credits, balance")
  public GeneralLedgerView general(
      @PathParam("org") String org,
      @PathParam("accountCode") String code,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "9999"))
          @QueryParam("year")
          String year) {
    Integer y = year == null ? ChinaTime.today().getYear() : QueryParams.intValue("year", year);
    if (y < 1900 || y > 9999) {
      throw DomainException.invalidField("year", "INVALID_YEAR");
    }
    return GeneralLedgerView.of(reports.general(code, y));
  }

  @GET
  @Path("statements/balance-sheet")
  @Operation(
      summary = "资产负债表 at a date (default today), with the previous year-end (年初数)",
      description = "balances: total assets equal liabilities plus net assets in both columns.")
  public BalanceSheetView balanceSheet(@PathParam("org") String org, @QueryParam("at") String at) {
    return BalanceSheetView.of(
        reports.balanceSheet(at == null ? ChinaTime.today() : QueryParams.date("at", at)));
  }

  @GET
  @Path("statements/activities")
  @Operation(
      summary = "业务活动表 for a period, unrestricted and restricted columns, with 上年同期",
      description =
          "tiesOut: closing net assets equal opening net assets plus the change, per column.")
  public ActivitiesView activities(
      @PathParam("org") String org, @QueryParam("from") String from, @QueryParam("to") String to) {
    return ActivitiesView.of(reports.activities(range(from, to)));
  }

  @GET
  @Path("statements/cash-flows")
  @Operation(
      summary = "现金流量表 (direct method) for a period, with 上年同期",
      description = "tiesOut: the net increase equals closing minus opening cash.")
  public CashFlowView cashFlows(
      @PathParam("org") String org, @QueryParam("from") String from, @QueryParam("to") String to) {
    return CashFlowView.of(reports.cashFlows(range(from, to)));
  }

  @POST
  @Path("periods/{period}/close")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Close a month (结账): income and expense into 3101/3102, then no more postings",
      description =
          "Posts the closing voucher dated the month's last day (none when nothing is open) and"
              + " closes the period for good: there is no reopening, corrections go into an open"
              + " period. 409 PERIOD_ALREADY_CLOSED; 422 PERIOD_NOT_ENDED.")
  @APIResponse(
      responseCode = "200",
      description = "Closed; the closing voucher (null when there was nothing to close)",
      content = @Content(schema = @Schema(implementation = ClosedPeriod.class)))
  public ClosedPeriod closePeriod(
      @PathParam("org") String org,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = "^[0-9]{4}-[0-9]{2}$",
                      description = "yyyy-MM"))
          @PathParam("period")
          String period) {
    YearMonth month;
    try {
      month = period.matches("[0-9]{4}-[0-9]{2}") ? YearMonth.parse(period) : null;
    } catch (DateTimeParseException e) {
      month = null;
    }
    if (month == null) {
      throw DomainException.invalidField("period", "INVALID_PERIOD");
    }
    Voucher v = close.close(month);
    return new ClosedPeriod(month.toString(), v == null ? null : VoucherView.of(v));
  }

  public record ClosedPeriod(String period, @Schema(nullable = true) VoucherView closingVoucher) {}

  // ---- Closed periods (期末结账 list) ----

  @GET
  @Path("periods")
  @Operation(
      summary = "Closed periods (已结账期间), latest first",
      description =
          "Each closed month with when and by whom it was closed and its closing voucher (null"
              + " when the month had nothing to close or was closed through the ledger);"
              + " yearClosed is true for a closed December (the year's close).")
  public Page<ClosedPeriodView> closedPeriods(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = close.closed(PageRequest.of("closed-periods", limit, cursor));
    return new Page<>(page.items().stream().map(ClosedPeriodView::of).toList(), page.nextCursor());
  }

  public record ClosedPeriodView(
      @Schema(description = "yyyy-MM") String period,
      boolean yearClosed,
      Instant closedAt,
      String closedBy,
      @Schema(nullable = true) String closingVoucherId,
      @Schema(nullable = true, description = "记-0001") String closingVoucherNumber) {
    static ClosedPeriodView of(BooksQueries.ClosedPeriod p) {
      return new ClosedPeriodView(
          p.period(),
          p.period().endsWith("-12"),
          p.closedAt(),
          p.closedBy(),
          p.closingVoucherId() == null ? null : p.closingVoucherId().toString(),
          p.closingVoucherNumber());
    }
  }

  // ---- Statements and the trial balance as files (XLSX, PDF) ----

  private static final String FORMATS =
      "format: xlsx or pdf (400 UNSUPPORTED_FORMAT otherwise); without it the Accept header"
          + " chooses (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or"
          + " application/pdf). An Accept header that excludes the format asked for is 406"
          + " NOT_ACCEPTABLE. The figures are those of the JSON endpoint with the same"
          + " parameters; amounts in 元 with two decimals. 503 STATEMENT_FONT_MISSING when the"
          + " PDF font is missing.";

  @GET
  @Path("statements/balance-sheet/download")
  @Produces({ReportFormat.XLSX_TYPE, ReportFormat.PDF_TYPE})
  @Operation(summary = "资产负债表 (会民非01表) as an XLSX or PDF file", description = FORMATS)
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content = {
        @Content(
            mediaType = ReportFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = ReportFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "406",
      description = "The Accept header excludes the format asked for (NOT_ACCEPTABLE)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "503",
      description = "The CJK font for PDFs is missing (STATEMENT_FONT_MISSING)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response balanceSheetFile(
      @PathParam("org") String org,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"xlsx", "pdf"}))
          @QueryParam("format")
          String format,
      @QueryParam("at") String at) {
    ReportFormat f = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
    BalanceSheetView v = balanceSheet(org, at);
    return file(
        f,
        StatementTables.balanceSheet(organizationName(org), v),
        "balance-sheet",
        String.valueOf(v.current().at()));
  }

  @GET
  @Path("statements/activities/download")
  @Produces({ReportFormat.XLSX_TYPE, ReportFormat.PDF_TYPE})
  @Operation(summary = "业务活动表 (会民非02表) as an XLSX or PDF file", description = FORMATS)
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content = {
        @Content(
            mediaType = ReportFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = ReportFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "406",
      description = "The Accept header excludes the format asked for (NOT_ACCEPTABLE)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "503",
      description = "The CJK font for PDFs is missing (STATEMENT_FONT_MISSING)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response activitiesFile(
      @PathParam("org") String org,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"xlsx", "pdf"}))
          @QueryParam("format")
          String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    ReportFormat f = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
    ActivitiesView v = activities(org, from, to);
    return file(
        f,
        StatementTables.activities(organizationName(org), v),
        "activities",
        v.current().from() + "_" + v.current().to());
  }

  @GET
  @Path("statements/cash-flows/download")
  @Produces({ReportFormat.XLSX_TYPE, ReportFormat.PDF_TYPE})
  @Operation(summary = "现金流量表 (会民非03表) as an XLSX or PDF file", description = FORMATS)
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content = {
        @Content(
            mediaType = ReportFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = ReportFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "406",
      description = "The Accept header excludes the format asked for (NOT_ACCEPTABLE)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "503",
      description = "The CJK font for PDFs is missing (STATEMENT_FONT_MISSING)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response cashFlowsFile(
      @PathParam("org") String org,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"xlsx", "pdf"}))
          @QueryParam("format")
          String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    ReportFormat f = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
    CashFlowView v = cashFlows(org, from, to);
    return file(
        f,
        StatementTables.cashFlows(organizationName(org), v),
        "cash-flows",
        v.current().from() + "_" + v.current().to());
  }

  @GET
  @Path("trial-balance/download")
  @Produces({ReportFormat.XLSX_TYPE, ReportFormat.PDF_TYPE})
  @Operation(summary = "科目余额表 as an XLSX or PDF file", description = FORMATS)
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content = {
        @Content(
            mediaType = ReportFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = ReportFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "406",
      description = "The Accept header excludes the format asked for (NOT_ACCEPTABLE)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "503",
      description = "The CJK font for PDFs is missing (STATEMENT_FONT_MISSING)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response trialBalanceFile(
      @PathParam("org") String org,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"xlsx", "pdf"}))
          @QueryParam("format")
          String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    ReportFormat f = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
    TrialBalanceView v = trialBalance(org, from, to);
    return file(
        f,
        StatementTables.trialBalance(organizationName(org), v),
        "trial-balance",
        v.from() + "_" + v.to());
  }

  private String organizationName(String org) {
    return organizations.find(org).map(o -> o.name()).orElse(org);
  }

  /**
   * The file as an attachment named e.g. balance-sheet-2026-06-30.pdf, and 资产负债表-2026-06-30.pdf for
   * clients that read RFC 6266's filename*.
   */
  private Response file(ReportFormat f, ReportTable table, String asciiName, String suffix) {
    byte[] bytes = f == ReportFormat.PDF ? pdf.render(table) : XlsxReport.write(table);
    return f.attachment(bytes, asciiName, table.title(), suffix);
  }
}
