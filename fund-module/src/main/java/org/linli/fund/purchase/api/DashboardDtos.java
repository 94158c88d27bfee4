package org.linli.fund.purchase.api;

import static org.linli.fund.purchase.api.PurchaseDtos.yuan;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.purchase.application.PurchaseDashboard;
import org.linli.fund.purchase.domain.DashboardChecks;
import org.linli.fund.purchase.domain.DashboardQueries;
import org.linli.fund.purchase.domain.DashboardQueries.Scope;
import org.linli.fund.purchase.domain.DashboardSummary;
import org.linli.fund.purchase.domain.DashboardSummary.ContractLine;
import org.linli.fund.purchase.domain.FlagStatus;
import org.linli.fund.purchase.domain.OrderLabel;
import org.linli.fund.purchase.domain.RectificationStatus;

/**
 * Bodies of the purchase dashboards; money as decimal strings in yuan ("12.50"), units as whole
 * numbers (one order is one unit of its item).
 */
public final class DashboardDtos {
  private DashboardDtos() {}

  public record ContractFiguresView(
      String id,
      String number,
      String title,
      @Schema(
              description =
                  "The other party: the provider on the buyer's dashboard, the buyer on"
                      + " the provider's")
          String partyOrg,
      String partyName,
      @Schema(enumeration = {"PROPOSED", "ACTIVE", "TERMINATED"}) String status,
      LocalDate termStart,
      LocalDate termEnd,
      @Schema(description = "The contract's total amount (budget), yuan") String budget,
      @Schema(description = "Orders of any status with a service day in the range") long orders,
      @Schema(description = "Completed, rated or settled orders in the range") long deliveredUnits,
      @Schema(
              description =
                  "Delivered units × the unit price in force on each service day, yuan; before"
                      + " the deductions settlement makes")
          String deliveredAmount,
      @Schema(description = "Flags still OPEN on orders in the range") long openFlags) {
    static ContractFiguresView of(ContractLine l) {
      var c = l.contract();
      return new ContractFiguresView(
          c.id(),
          c.number(),
          c.title(),
          c.partyOrg(),
          c.partyName(),
          c.status().name(),
          c.termStart(),
          c.termEnd(),
          yuan(c.budget()),
          l.orders(),
          l.deliveredUnits(),
          yuan(l.deliveredAmount()),
          l.openFlags());
    }
  }

  public record ItemFiguresView(
      String contractId,
      String code,
      String name,
      @Schema(
              enumeration = {"VISIT", "HOUR", "MEAL"},
              nullable = true,
              description = "null for an item a later version no longer lists")
          String unit,
      @Schema(description = "Unit price of the current version, yuan") String unitPrice,
      @Schema(description = "Quantity of the current version, for the whole term")
          long contractedUnits,
      long deliveredUnits,
      String deliveredAmount) {}

  public record MonthFiguresView(
      @Schema(example = "2026-11") String month,
      String contractId,
      String itemCode,
      long deliveredUnits,
      @Schema(
              description =
                  "The contracted quantity spread evenly over the term's days, for this month (one"
                      + " decimal)")
          BigDecimal plannedUnits,
      String deliveredAmount) {}

  public record RuleFiguresView(
      @Schema(
              enumeration = {
                "RESIDENT_NOT_ELIGIBLE",
                "RESIDENT_GONE",
                "OUTSIDE_GEOFENCE",
                "SHORT_VISIT",
                "WORKER_OVERLAP",
                "DUPLICATE_PHOTO",
                "DUPLICATE_ORDER",
                "OVER_QUANTITY",
                "IMPOSSIBLE_TRAVEL"
              })
          String rule,
      @Schema(description = "The rule's name in the request's language") String title,
      long open,
      long accepted,
      long rejected,
      long cleared,
      long total) {}

  public record ScoreCount(@Schema(minimum = "1", maximum = "5") int score, long count) {}

  @JsonbNillable
  public record SatisfactionView(
      @Schema(description = "Orders with a follow-up score (回访)") long rated,
      @Schema(
              nullable = true,
              description = "Average score, two decimals; null when nothing was rated")
          BigDecimal average,
      @Schema(description = "Count of each score 1..5, always five entries")
          List<ScoreCount> distribution) {}

  public record ProviderRankView(
      int rank,
      String providerOrg,
      String providerName,
      int contracts,
      @Schema(description = "Sampled orders whose latest check is 不合格 (FAILED)") long failedChecks,
      long openFlags,
      long flags,
      long deliveredUnits,
      String deliveredAmount) {}

  public record TotalsView(
      String budget,
      long orders,
      long deliveredUnits,
      String deliveredAmount,
      long openFlags,
      @Schema(description = "Orders by status (PENDING_DISPATCH ... NO_SHOW)")
          Map<String, Long> ordersByStatus) {}

  @JsonbNillable
  public record BuyerDashboardView(
      @Schema(example = "2026-01") String from,
      @Schema(example = "2026-12") String to,
      @Schema(nullable = true) String contract,
      @Schema(nullable = true) String provider,
      TotalsView totals,
      List<ContractFiguresView> contracts,
      List<ItemFiguresView> items,
      List<MonthFiguresView> months,
      List<RuleFiguresView> flagsByRule,
      SatisfactionView satisfaction,
      @Schema(
              description =
                  "Ranked by failed sampling checks (不合格), then open flags, then all flags,"
                      + " then organization code")
          List<ProviderRankView> providers,
      SamplingView sampling,
      RectificationsView rectifications,
      SettlementsView settlements) {}

  public record CheckResultsView(
      @Schema(description = "Orders drawn in the samples") long sampled,
      @Schema(description = "Latest check 合格") long passed,
      @Schema(description = "Latest check 不合格") long failed,
      @Schema(description = "Latest check 整改") long rectify,
      @Schema(description = "Drawn, not checked yet") long unchecked) {
    static CheckResultsView of(DashboardChecks.Results r) {
      return new CheckResultsView(r.sampled(), r.passed(), r.failed(), r.rectify(), r.unchecked());
    }
  }

  @JsonbNillable
  public record SamplingMonthView(
      @Schema(example = "2026-11") String month,
      @Schema(description = "Completed, rated or settled orders with a service day in the month")
          long deliveredOrders,
      @Schema(description = "Completed orders the month's draws were made from") long population,
      @Schema(description = "Orders drawn (抽查)") long sampled,
      @Schema(
              nullable = true,
              description =
                  "sampled / deliveredOrders × 100, one decimal; null when nothing was"
                      + " delivered")
          BigDecimal coveragePercent,
      CheckResultsView results) {}

  @JsonbNillable
  public record SamplingView(
      @Schema(description = "The active draws of the range's months (抽查覆盖率 and results)")
          CheckResultsView results,
      long deliveredOrders,
      @Schema(nullable = true, description = "sampled / deliveredOrders × 100, one decimal")
          BigDecimal coveragePercent,
      @Schema(description = "Every month of the range, in order") List<SamplingMonthView> months) {}

  public record LateRectificationView(
      String id,
      String contractId,
      String contractNumber,
      String providerOrg,
      String providerName,
      String orderId,
      @Schema(example = "2026-11", description = "The sample's month") String month,
      LocalDate deadline,
      @Schema(enumeration = {"OPEN", "ANSWERED"}) String status,
      long daysOverdue) {}

  public record RectificationsView(
      @Schema(description = "Issued, not answered yet") long open,
      @Schema(description = "Answered, not closed yet") long answered,
      long passed,
      long failed,
      long total,
      @Schema(
              description =
                  "Past the deadline and still pending: unanswered (OPEN) or answered but not"
                      + " resolved (ANSWERED) (逾期整改)")
          long late,
      @Schema(description = "The late ones, most overdue first, at most 20")
          List<LateRectificationView> lateItems) {}

  @JsonbNillable
  public record SettlementMonthView(
      @Schema(example = "2026-11") String month,
      @Schema(description = "Accepted, invoiced or paid settlements") long settlements,
      long orders,
      @Schema(description = "Before deductions, yuan") String gross,
      String deductions,
      @Schema(description = "Amount due of the accepted, invoiced and paid settlements, yuan")
          String amountDue,
      @Schema(description = "Amount due of the paid ones, yuan") String paid,
      @Schema(description = "Amount of drafts not accepted yet, yuan") String drafted) {}

  @JsonbNillable
  public record SettlementContractView(
      String contractId,
      String budget,
      String amountDue,
      String paid,
      @Schema(nullable = true, description = "amountDue / budget × 100, one decimal")
          BigDecimal budgetUsedPercent) {}

  @JsonbNillable
  public record SettlementsView(
      @Schema(description = "The contracts' budgets, yuan") String budget,
      String gross,
      String deductions,
      String amountDue,
      String paid,
      String drafted,
      @Schema(nullable = true, description = "amountDue / budget × 100, one decimal")
          BigDecimal budgetUsedPercent,
      @Schema(description = "Months of the range that have settlements")
          List<SettlementMonthView> months,
      List<SettlementContractView> contracts) {}

  @JsonbNillable
  public record ProviderDashboardView(
      @Schema(example = "2026-01") String from,
      @Schema(example = "2026-12") String to,
      @Schema(nullable = true) String contract,
      @Schema(nullable = true) String buyer,
      TotalsView totals,
      @Schema(description = "The provider's contracts; partyOrg is the buyer")
          List<ContractFiguresView> contracts,
      List<ItemFiguresView> items,
      List<MonthFiguresView> months,
      @Schema(description = "Flags raised against the provider's orders")
          List<RuleFiguresView> flagsByRule,
      SatisfactionView satisfaction,
      @Schema(description = "The provider's copies of its settlements")
          SettlementsView settlements) {}

  public record ChainView(
      PurchaseDtos.ChainDigestView digest,
      @Schema(description = "The whole chain of the order's contract recomputed up to the digest")
          PurchaseDtos.ChainCheckView check) {}

  public record OrderDrillView(
      PurchaseDtos.OrderDetailView detail, List<PurchaseDtos.FlagView> flags, ChainView chain) {
    static OrderDrillView of(PurchaseDashboard.OrderDrill d, OrderLabel label, Locale locale) {
      return new OrderDrillView(
          PurchaseDtos.OrderDetailView.of(d.detail(), label),
          d.detail().flags().stream().map(f -> PurchaseDtos.FlagView.of(f, locale)).toList(),
          new ChainView(
              new PurchaseDtos.ChainDigestView(
                  d.digest().contractId(),
                  d.digest().lastSeq(),
                  d.digest().lastHash(),
                  d.digest().at()),
              new PurchaseDtos.ChainCheckView(
                  d.check().intact(),
                  d.check().checkedEntries(),
                  d.check().firstBrokenSeq(),
                  d.check().matches())));
    }
  }

  // ---- mapping

  static TotalsView totals(DashboardSummary s) {
    long budget = 0;
    long orders = 0;
    long units = 0;
    long amount = 0;
    long open = 0;
    for (ContractLine l : s.contracts()) {
      budget += l.contract().budget();
      orders += l.orders();
      units += l.deliveredUnits();
      amount += l.deliveredAmount();
      open += l.openFlags();
    }
    return new TotalsView(yuan(budget), orders, units, yuan(amount), open, s.ordersByStatus());
  }

  static List<ItemFiguresView> items(DashboardSummary s) {
    return s.items().stream()
        .map(
            i ->
                new ItemFiguresView(
                    i.contractId(),
                    i.code(),
                    i.name(),
                    i.unit() == null ? null : i.unit().name(),
                    yuan(i.unitPrice()),
                    i.contractedUnits(),
                    i.deliveredUnits(),
                    yuan(i.deliveredAmount())))
        .toList();
  }

  static List<MonthFiguresView> months(DashboardSummary s) {
    return s.months().stream()
        .map(
            m ->
                new MonthFiguresView(
                    m.month().toString(),
                    m.contractId(),
                    m.itemCode(),
                    m.deliveredUnits(),
                    m.plannedUnits(),
                    yuan(m.deliveredAmount())))
        .toList();
  }

  static List<RuleFiguresView> rules(DashboardSummary s, Locale locale) {
    return s.flagsByRule().stream()
        .map(
            r ->
                new RuleFiguresView(
                    r.rule().name(),
                    FlagTexts.title(locale, r.rule()),
                    r.byStatus().getOrDefault(FlagStatus.OPEN, 0L),
                    r.byStatus().getOrDefault(FlagStatus.ACCEPTED, 0L),
                    r.byStatus().getOrDefault(FlagStatus.REJECTED, 0L),
                    r.byStatus().getOrDefault(FlagStatus.CLEARED, 0L),
                    r.total()))
        .toList();
  }

  static SatisfactionView satisfaction(DashboardSummary s) {
    List<ScoreCount> d = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      d.add(new ScoreCount(i + 1, s.satisfaction().distribution()[i]));
    }
    return new SatisfactionView(s.satisfaction().rated(), s.satisfaction().average(), d);
  }

  static BuyerDashboardView buyer(PurchaseDashboard.Summary sum, Locale locale) {
    DashboardSummary s = sum.figures();
    Scope sc = sum.scope();
    List<ProviderRankView> ranked = new ArrayList<>();
    for (var p : s.providers()) {
      ranked.add(
          new ProviderRankView(
              ranked.size() + 1,
              p.providerOrg(),
              p.providerName(),
              p.contracts(),
              p.failedChecks(),
              p.openFlags(),
              p.flags(),
              p.deliveredUnits(),
              yuan(p.deliveredAmount())));
    }
    return new BuyerDashboardView(
        sc.from().toString(),
        sc.to().toString(),
        sc.contractId(),
        sc.partyOrg(),
        totals(s),
        s.contracts().stream().map(ContractFiguresView::of).toList(),
        items(s),
        months(s),
        rules(s, locale),
        satisfaction(s),
        ranked,
        sampling(sum.checks()),
        rectifications(sum.checks(), s),
        settlements(sum.checks()));
  }

  static SamplingView sampling(DashboardChecks c) {
    List<SamplingMonthView> months = new ArrayList<>();
    long delivered = 0;
    for (DashboardChecks.SamplingMonth m : c.sampling()) {
      delivered += m.deliveredOrders();
      months.add(
          new SamplingMonthView(
              m.month().toString(),
              m.deliveredOrders(),
              m.population(),
              m.sampled(),
              m.coveragePercent(),
              CheckResultsView.of(m.results())));
    }
    long sampled = c.sampling().stream().mapToLong(DashboardChecks.SamplingMonth::sampled).sum();
    return new SamplingView(
        CheckResultsView.of(c.results()),
        delivered,
        delivered == 0
            ? null
            : BigDecimal.valueOf(sampled * 100)
                .divide(BigDecimal.valueOf(delivered), 1, java.math.RoundingMode.HALF_UP),
        months);
  }

  static RectificationsView rectifications(DashboardChecks c, DashboardSummary s) {
    Map<String, DashboardQueries.ContractRow> byId = new java.util.HashMap<>();
    s.contracts().forEach(l -> byId.put(l.contract().id(), l.contract()));
    var n = c.rectificationsByStatus();
    return new RectificationsView(
        n.get(RectificationStatus.OPEN),
        n.get(RectificationStatus.ANSWERED),
        n.get(RectificationStatus.PASSED),
        n.get(RectificationStatus.FAILED),
        n.values().stream().mapToLong(Long::longValue).sum(),
        c.lateRectifications(),
        c.late().stream()
            .map(
                l -> {
                  var k = byId.get(l.contractId());
                  return new LateRectificationView(
                      l.id(),
                      l.contractId(),
                      k.number(),
                      k.partyOrg(),
                      k.partyName(),
                      l.orderId(),
                      l.month().toString(),
                      l.deadline(),
                      l.status().name(),
                      l.daysOverdue());
                })
            .toList());
  }

  static SettlementsView settlements(DashboardChecks c) {
    var t = c.settlementTotals();
    return new SettlementsView(
        yuan(t.budget()),
        yuan(t.gross()),
        yuan(t.deductions()),
        yuan(t.amountDue()),
        yuan(t.paid()),
        yuan(t.drafted()),
        t.budgetUsedPercent(),
        c.settlementMonths().stream()
            .map(
                m ->
                    new SettlementMonthView(
                        m.month().toString(),
                        m.settlements(),
                        m.orders(),
                        yuan(m.gross()),
                        yuan(m.deductions()),
                        yuan(m.amountDue()),
                        yuan(m.paid()),
                        yuan(m.drafted())))
            .toList(),
        c.settlementContracts().stream()
            .map(
                k ->
                    new SettlementContractView(
                        k.contractId(),
                        yuan(k.budget()),
                        yuan(k.amountDue()),
                        yuan(k.paid()),
                        k.budgetUsedPercent()))
            .toList());
  }

  static ProviderDashboardView provider(PurchaseDashboard.Summary sum, Locale locale) {
    DashboardSummary s = sum.figures();
    Scope sc = sum.scope();
    return new ProviderDashboardView(
        sc.from().toString(),
        sc.to().toString(),
        sc.contractId(),
        sc.partyOrg(),
        totals(s),
        s.contracts().stream().map(ContractFiguresView::of).toList(),
        items(s),
        months(s),
        rules(s, locale),
        satisfaction(s),
        settlements(sum.checks()));
  }
}
