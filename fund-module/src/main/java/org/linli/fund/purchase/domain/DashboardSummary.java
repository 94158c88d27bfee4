package org.linli.fund.purchase.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.linli.fund.purchase.domain.DashboardQueries.ContractRow;
import org.linli.fund.purchase.domain.DashboardQueries.FlagCell;
import org.linli.fund.purchase.domain.DashboardQueries.ItemRow;
import org.linli.fund.purchase.domain.DashboardQueries.OrderCell;

/**
 * The buyer's dashboard over its contracts: delivered against contracted units per item and month,
 * the amount the deliveries are worth against each budget, anomaly flags by rule and status,
 * satisfaction of the follow-up visits (回访), and providers ranked by failed sampling checks (不合格),
 * then open flags. Computed from the rows of {@link DashboardQueries}; money in fen.
 */
public record DashboardSummary(
    List<ContractLine> contracts,
    List<ItemLine> items,
    List<MonthLine> months,
    List<RuleLine> flagsByRule,
    Satisfaction satisfaction,
    List<ProviderLine> providers,
    Map<String, Long> ordersByStatus) {

  /**
   * Statuses that count as delivered: done (已完成), rated (已评价) and, once settlement exists, settled
   * (已结算).
   */
  public static final Set<String> DELIVERED = Set.of("COMPLETED", "RATED", "SETTLED");

  public record ContractLine(
      ContractRow contract,
      long orders,
      long deliveredUnits,
      long deliveredAmount,
      long openFlags) {}

  public record ItemLine(
      String contractId,
      String code,
      String name,
      ServiceUnit unit,
      long unitPrice,
      long contractedUnits,
      long deliveredUnits,
      long deliveredAmount) {}

  /** {@code plannedUnits}: the contracted quantity spread over the term's days, for the month. */
  public record MonthLine(
      YearMonth month,
      String contractId,
      String itemCode,
      long deliveredUnits,
      BigDecimal plannedUnits,
      long deliveredAmount) {}

  public record RuleLine(AnomalyRule rule, Map<FlagStatus, Long> byStatus) {
    public long total() {
      return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** {@code average} has two decimals, null when nothing was rated; counts of scores 1..5. */
  public record Satisfaction(long rated, BigDecimal average, long[] distribution) {}

  /** {@code failedChecks}: sampled orders whose latest check is 不合格 (FAILED). */
  public record ProviderLine(
      String providerOrg,
      String providerName,
      int contracts,
      long failedChecks,
      long openFlags,
      long flags,
      long deliveredUnits,
      long deliveredAmount) {}

  public static DashboardSummary of(
      DashboardQueries.Scope scope,
      List<ContractRow> contracts,
      List<ItemRow> items,
      List<OrderCell> cells,
      List<FlagCell> flags) {
    return of(scope, contracts, items, cells, flags, Map.of());
  }

  /** {@code failedChecks}: per contract, sampled orders whose latest check is FAILED. */
  public static DashboardSummary of(
      DashboardQueries.Scope scope,
      List<ContractRow> contracts,
      List<ItemRow> items,
      List<OrderCell> cells,
      List<FlagCell> flags,
      Map<String, Long> failedChecks) {
    Map<String, ContractRow> byId = new LinkedHashMap<>();
    contracts.forEach(c -> byId.put(c.id(), c));

    Map<String, long[]> perContract = new HashMap<>(); // orders, units, amount, open flags
    Map<String, long[]> perItem = new HashMap<>(); // units, amount
    Map<String, long[]> perMonth = new TreeMap<>(); // units, amount
    Map<String, Long> byStatus = new TreeMap<>();
    long[] scores = new long[5];
    for (OrderCell c : cells) {
      if (!byId.containsKey(c.contractId())) {
        continue;
      }
      long[] pc = perContract.computeIfAbsent(c.contractId(), k -> new long[4]);
      pc[0] += c.orders();
      byStatus.merge(c.status(), c.orders(), Long::sum);
      if (c.satisfaction() >= 1 && c.satisfaction() <= 5) {
        scores[c.satisfaction() - 1] += c.orders();
      }
      if (DELIVERED.contains(c.status())) {
        pc[1] += c.orders();
        pc[2] += c.amount();
        long[] pi = perItem.computeIfAbsent(c.contractId() + "\n" + c.itemCode(), k -> new long[2]);
        pi[0] += c.orders();
        pi[1] += c.amount();
        long[] pm =
            perMonth.computeIfAbsent(
                c.contractId() + "\n" + c.itemCode() + "\n" + c.month(), k -> new long[2]);
        pm[0] += c.orders();
        pm[1] += c.amount();
      }
    }

    Map<AnomalyRule, Map<FlagStatus, Long>> rules = new EnumMap<>(AnomalyRule.class);
    Map<String, long[]> flagsPerContract = new HashMap<>(); // open, all
    for (FlagCell f : flags) {
      if (!byId.containsKey(f.contractId())) {
        continue;
      }
      rules
          .computeIfAbsent(f.rule(), r -> new EnumMap<>(FlagStatus.class))
          .merge(f.status(), f.flags(), Long::sum);
      long[] fc = flagsPerContract.computeIfAbsent(f.contractId(), k -> new long[2]);
      fc[1] += f.flags();
      if (f.status() == FlagStatus.OPEN) {
        fc[0] += f.flags();
      }
    }

    List<ContractLine> contractLines = new ArrayList<>();
    // contracts, open, all, units, amount, failed checks
    Map<String, long[]> perProvider = new LinkedHashMap<>();
    Map<String, String> providerNames = new HashMap<>();
    for (ContractRow c : byId.values()) {
      long[] pc = perContract.getOrDefault(c.id(), new long[4]);
      long[] fc = flagsPerContract.getOrDefault(c.id(), new long[2]);
      contractLines.add(new ContractLine(c, pc[0], pc[1], pc[2], fc[0]));
      long[] pp = perProvider.computeIfAbsent(c.partyOrg(), k -> new long[6]);
      providerNames.put(c.partyOrg(), c.partyName());
      pp[0]++;
      pp[1] += fc[0];
      pp[2] += fc[1];
      pp[3] += pc[1];
      pp[4] += pc[2];
      pp[5] += failedChecks.getOrDefault(c.id(), 0L);
    }

    List<ItemLine> itemLines = new ArrayList<>();
    List<MonthLine> monthLines = new ArrayList<>();
    for (ItemRow i : items) {
      ContractRow c = byId.get(i.contractId());
      if (c == null) {
        continue;
      }
      String key = i.contractId() + "\n" + i.code();
      long[] pi = perItem.remove(key);
      itemLines.add(
          new ItemLine(
              i.contractId(),
              i.code(),
              i.name(),
              i.unit(),
              i.unitPrice(),
              i.quantity(),
              pi == null ? 0 : pi[0],
              pi == null ? 0 : pi[1]));
      for (YearMonth m = scope.from(); !m.isAfter(scope.to()); m = m.plusMonths(1)) {
        BigDecimal planned = planned(i.quantity(), c.termStart(), c.termEnd(), m);
        long[] pm = perMonth.remove(key + "\n" + m);
        if (pm == null && planned.signum() == 0) {
          continue;
        }
        monthLines.add(
            new MonthLine(
                m,
                i.contractId(),
                i.code(),
                pm == null ? 0 : pm[0],
                planned,
                pm == null ? 0 : pm[1]));
      }
    }
    // Deliveries of an item that a later version no longer lists: delivered, nothing planned.
    perItem.forEach(
        (k, v) -> {
          String[] p = k.split("\n");
          itemLines.add(new ItemLine(p[0], p[1], p[1], null, 0, 0, v[0], v[1]));
        });
    perMonth.forEach(
        (k, v) -> {
          String[] p = k.split("\n");
          monthLines.add(
              new MonthLine(YearMonth.parse(p[2]), p[0], p[1], v[0], BigDecimal.ZERO, v[1]));
        });
    monthLines.sort(
        Comparator.comparing(MonthLine::month)
            .thenComparing(MonthLine::contractId)
            .thenComparing(MonthLine::itemCode));

    List<RuleLine> ruleLines = new ArrayList<>();
    rules.forEach((r, s) -> ruleLines.add(new RuleLine(r, s)));

    long rated = 0;
    long sum = 0;
    for (int s = 0; s < 5; s++) {
      rated += scores[s];
      sum += scores[s] * (s + 1);
    }
    BigDecimal average =
        rated == 0
            ? null
            : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);

    List<ProviderLine> providers = new ArrayList<>();
    perProvider.forEach(
        (org, v) ->
            providers.add(
                new ProviderLine(
                    org, providerNames.get(org), (int) v[0], v[5], v[1], v[2], v[3], v[4])));
    providers.sort(
        Comparator.comparingLong(ProviderLine::failedChecks)
            .reversed()
            .thenComparing(Comparator.comparingLong(ProviderLine::openFlags).reversed())
            .thenComparing(Comparator.comparingLong(ProviderLine::flags).reversed())
            .thenComparing(ProviderLine::providerOrg));

    return new DashboardSummary(
        contractLines,
        itemLines,
        monthLines,
        ruleLines,
        new Satisfaction(rated, average, scores),
        providers,
        byStatus);
  }

  /** quantity × (days of the month within the term) / (days of the term), one decimal. */
  static BigDecimal planned(int quantity, LocalDate start, LocalDate end, YearMonth m) {
    LocalDate from = m.atDay(1).isAfter(start) ? m.atDay(1) : start;
    LocalDate to = m.atEndOfMonth().isBefore(end) ? m.atEndOfMonth() : end;
    if (to.isBefore(from)) {
      return BigDecimal.ZERO.setScale(1);
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    long term = ChronoUnit.DAYS.between(start, end) + 1;
    return BigDecimal.valueOf(quantity * days)
        .divide(BigDecimal.valueOf(term), 1, RoundingMode.HALF_UP);
  }
}
