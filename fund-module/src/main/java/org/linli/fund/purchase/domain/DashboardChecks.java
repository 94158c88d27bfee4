package org.linli.fund.purchase.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.linli.fund.purchase.domain.DashboardQueries.CheckCell;
import org.linli.fund.purchase.domain.DashboardQueries.ContractRow;
import org.linli.fund.purchase.domain.DashboardQueries.LateRectification;
import org.linli.fund.purchase.domain.DashboardQueries.RectificationCell;
import org.linli.fund.purchase.domain.DashboardQueries.SampleCell;
import org.linli.fund.purchase.domain.DashboardQueries.SettlementCell;
import org.linli.fund.purchase.domain.DashboardSummary.MonthLine;

/**
 * What the buyer's checks found (验收): sampling coverage and results per month, rectifications and
 * the late ones, and the settled amounts against the budgets. Money in fen; shares are percentages
 * with one decimal, null where the base is zero.
 */
public record DashboardChecks(
    List<SamplingMonth> sampling,
    Results results,
    Map<RectificationStatus, Long> rectificationsByStatus,
    long lateRectifications,
    List<LateRectification> late,
    List<SettlementMonth> settlementMonths,
    List<SettlementContract> settlementContracts,
    SettlementTotals settlementTotals) {

  /** Settlements whose amount is due: accepted by the buyer (then invoiced, paid). */
  public static final Set<SettlementStatus> DUE =
      Set.of(SettlementStatus.ACCEPTED, SettlementStatus.INVOICED, SettlementStatus.PAID);

  /** Latest check results of sampled orders; {@code unchecked}: drawn, no result yet. */
  public record Results(long sampled, long passed, long failed, long rectify, long unchecked) {
    Results plus(CheckResult r, long n) {
      return new Results(
          sampled + n,
          passed + (r == CheckResult.PASSED ? n : 0),
          failed + (r == CheckResult.FAILED ? n : 0),
          rectify + (r == CheckResult.RECTIFY ? n : 0),
          unchecked + (r == null ? n : 0));
    }

    static final Results NONE = new Results(0, 0, 0, 0, 0);
  }

  /**
   * A month: delivered orders (completed, rated, settled), the completed orders the draws were made
   * from, the orders drawn, coverage = drawn / delivered, and the results.
   */
  public record SamplingMonth(
      YearMonth month,
      long deliveredOrders,
      long population,
      long sampled,
      BigDecimal coveragePercent,
      Results results) {}

  public record SettlementMonth(
      YearMonth month,
      long settlements,
      long orders,
      long gross,
      long deductions,
      long amountDue,
      long paid,
      long drafted) {}

  /** Per contract: its budget against what its settlements made due and what was paid. */
  public record SettlementContract(
      String contractId, long budget, long amountDue, long paid, BigDecimal budgetUsedPercent) {}

  public record SettlementTotals(
      long budget,
      long gross,
      long deductions,
      long amountDue,
      long paid,
      long drafted,
      BigDecimal budgetUsedPercent) {}

  public static DashboardChecks of(
      DashboardQueries.Scope scope,
      List<ContractRow> contracts,
      List<MonthLine> months,
      List<SampleCell> samples,
      List<CheckCell> checks,
      List<RectificationCell> rectifications,
      List<LateRectification> late,
      List<SettlementCell> settlements) {
    Set<String> ids = new java.util.HashSet<>();
    contracts.forEach(c -> ids.add(c.id()));

    Map<YearMonth, long[]> perMonth = new TreeMap<>(); // delivered, population, sampled
    Map<YearMonth, Results> resultsPerMonth = new HashMap<>();
    for (YearMonth m = scope.from(); !m.isAfter(scope.to()); m = m.plusMonths(1)) {
      perMonth.put(m, new long[3]);
    }
    for (MonthLine m : months) {
      if (ids.contains(m.contractId()) && perMonth.containsKey(m.month())) {
        perMonth.get(m.month())[0] += m.deliveredUnits();
      }
    }
    for (SampleCell s : samples) {
      if (ids.contains(s.contractId()) && perMonth.containsKey(s.month())) {
        perMonth.get(s.month())[1] += s.population();
        perMonth.get(s.month())[2] += s.sampled();
      }
    }
    Results all = Results.NONE;
    for (CheckCell c : checks) {
      if (!ids.contains(c.contractId())) {
        continue;
      }
      resultsPerMonth.merge(
          c.month(), Results.NONE.plus(c.result(), c.orders()), DashboardChecks::sum);
      all = all.plus(c.result(), c.orders());
    }
    List<SamplingMonth> sampling = new ArrayList<>();
    perMonth.forEach(
        (m, v) ->
            sampling.add(
                new SamplingMonth(
                    m,
                    v[0],
                    v[1],
                    v[2],
                    percent(v[2], v[0]),
                    resultsPerMonth.getOrDefault(m, Results.NONE))));

    Map<RectificationStatus, Long> byStatus = new EnumMap<>(RectificationStatus.class);
    for (RectificationStatus s : RectificationStatus.values()) {
      byStatus.put(s, 0L);
    }
    long lateCount = 0;
    for (RectificationCell r : rectifications) {
      if (ids.contains(r.contractId())) {
        byStatus.merge(r.status(), r.count(), Long::sum);
        lateCount += r.late();
      }
    }
    List<LateRectification> lateLines =
        late.stream().filter(l -> ids.contains(l.contractId())).toList();

    Map<YearMonth, long[]> sm =
        new TreeMap<>(); // count, orders, gross, deductions, due, paid, draft
    Map<String, long[]> sc = new HashMap<>(); // due, paid
    for (SettlementCell s : settlements) {
      if (!ids.contains(s.contractId())) {
        continue;
      }
      long[] v = sm.computeIfAbsent(s.month(), k -> new long[7]);
      long[] c = sc.computeIfAbsent(s.contractId(), k -> new long[2]);
      if (DUE.contains(s.status())) {
        v[0] += s.settlements();
        v[1] += s.orders();
        v[2] += s.gross();
        v[3] += s.deductions();
        v[4] += s.amountDue();
        c[0] += s.amountDue();
        if (s.status() == SettlementStatus.PAID) {
          v[5] += s.amountDue();
          c[1] += s.amountDue();
        }
      } else {
        v[6] += s.amountDue();
      }
    }
    List<SettlementMonth> settlementMonths = new ArrayList<>();
    long[] t = new long[7];
    sm.forEach(
        (m, v) -> {
          settlementMonths.add(new SettlementMonth(m, v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
          for (int i = 0; i < 7; i++) {
            t[i] += v[i];
          }
        });
    List<SettlementContract> perContract = new ArrayList<>();
    long budget = 0;
    for (ContractRow c : contracts) {
      long[] v = sc.getOrDefault(c.id(), new long[2]);
      budget += c.budget();
      perContract.add(
          new SettlementContract(c.id(), c.budget(), v[0], v[1], percent(v[0], c.budget())));
    }
    return new DashboardChecks(
        sampling,
        all,
        byStatus,
        lateCount,
        lateLines,
        settlementMonths,
        perContract,
        new SettlementTotals(budget, t[2], t[3], t[4], t[5], t[6], percent(t[4], budget)));
  }

  /** Failed checks (latest result FAILED) per contract, for the providers' ranking. */
  public static Map<String, Long> failedByContract(List<CheckCell> checks) {
    Map<String, Long> m = new HashMap<>();
    for (CheckCell c : checks) {
      if (c.result() == CheckResult.FAILED) {
        m.merge(c.contractId(), c.orders(), Long::sum);
      }
    }
    return m;
  }

  static Results sum(Results a, Results b) {
    return new Results(
        a.sampled() + b.sampled(),
        a.passed() + b.passed(),
        a.failed() + b.failed(),
        a.rectify() + b.rectify(),
        a.unchecked() + b.unchecked());
  }

  /** part × 100 / whole, one decimal; null when whole is zero. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
