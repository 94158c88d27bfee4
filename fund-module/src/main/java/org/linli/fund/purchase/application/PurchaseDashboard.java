package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.linli.fund.purchase.domain.DashboardChecks;
import org.linli.fund.purchase.domain.DashboardQueries;
import org.linli.fund.purchase.domain.DashboardQueries.CheckCell;
import org.linli.fund.purchase.domain.DashboardQueries.ContractRow;
import org.linli.fund.purchase.domain.DashboardQueries.Scope;
import org.linli.fund.purchase.domain.DashboardSummary;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.tenant.domain.org.OrgType;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * The purchase dashboards (ADR 0015, part B): the buyer's across all its contracts, the provider's
 * over its own copies, and the drill-down to one order with its evidence and chain check. Reads
 * only; each side reads its own copies, so a buyer sees no provider it has no contract with.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PurchaseDashboard {
  /** The longest month range one summary covers. */
  public static final int MAX_MONTHS = 36;

  @Inject DashboardQueries queries;
  @Inject OrganizationRepository organizations;
  @Inject RequestContext requestContext;
  @Inject ServiceOrders orders;

  public record Filter(String from, String to, String contractId, String partyOrg) {}

  /** The most late rectifications one summary lists (all are counted). */
  public static final int LATE_LISTED = 20;

  /** The summary, the checks' figures and the scope they cover (the month range after defaults). */
  public record Summary(Scope scope, DashboardSummary figures, DashboardChecks checks) {}

  /** An order of the caller's copy, its flags, and a check of its contract's whole chain. */
  public record OrderDrill(
      ServiceOrders.OrderDetail detail,
      ServiceOrders.ChainDigest digest,
      ServiceOrders.ChainCheck check) {}

  public Summary buyer(Filter f) {
    String me = requestContext.tenant().value();
    boolean buyer =
        organizations.find(me).map(o -> o.type() == OrgType.GOVERNMENT_BUYER).orElse(false);
    if (!buyer) {
      throw DomainException.forbidden("DASHBOARD_BUYER_ONLY");
    }
    return summary(scope(Side.BUYER, f));
  }

  public Summary provider(Filter f) {
    return summary(scope(Side.PROVIDER, f));
  }

  public OrderDrill order(String orderId) {
    ServiceOrders.OrderDetail detail = orders.get(orderId);
    String contract = detail.order().contractId();
    ServiceOrders.ChainDigest digest = orders.digest(contract);
    return new OrderDrill(
        detail, digest, orders.verify(contract, digest.lastSeq(), digest.lastHash()));
  }

  private Summary summary(Scope s) {
    List<ContractRow> contracts = queries.contracts(s);
    List<CheckCell> checks = queries.checks(s);
    DashboardSummary figures =
        DashboardSummary.of(
            s,
            contracts,
            queries.items(s),
            queries.orderCells(s),
            queries.flagCells(s),
            DashboardChecks.failedByContract(checks));
    LocalDate today = ChinaTime.today();
    return new Summary(
        s,
        figures,
        DashboardChecks.of(
            s,
            contracts,
            figures.months(),
            queries.samples(s),
            checks,
            queries.rectifications(s, today),
            queries.lateRectifications(s, today, LATE_LISTED),
            queries.settlements(s)));
  }

  /** Defaults: the twelve months up to the current one (China time). */
  static Scope scope(Side side, Filter f) {
    YearMonth to = month("to", f.to());
    YearMonth from = month("from", f.from());
    if (to == null) {
      to = from == null ? YearMonth.from(ChinaTime.today()) : from.plusMonths(11);
    }
    if (from == null) {
      from = to.minusMonths(11);
    }
    if (from.isAfter(to)) {
      throw DomainException.invalidField("to", "INVALID_MONTH_RANGE");
    }
    if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
      throw DomainException.invalidField("to", "MONTH_RANGE_TOO_LONG");
    }
    return new Scope(side, from, to, f.contractId(), f.partyOrg());
  }

  static YearMonth month(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      if (!raw.strip().matches("[0-9]{4}-[0-9]{2}")) {
        throw new DateTimeParseException("not yyyy-MM", raw, 0);
      }
      return YearMonth.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField(field, "INVALID_MONTH").with(field);
    }
  }
}
