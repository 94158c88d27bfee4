package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractItem;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.ContractVersion;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.SettledOrder;
import org.linli.fund.purchase.domain.Settlement;
import org.linli.fund.purchase.domain.SettlementDeductionSource;
import org.linli.fund.purchase.domain.SettlementLine;
import org.linli.fund.purchase.domain.SettlementRepository;
import org.linli.fund.purchase.domain.SettlementStatus;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.api.Etags;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * Monthly settlement (ADR 0020): the buyer drafts a contract's month from its copy of the orders
 * (re-drafting recomputes the same figures from the same data), accepts it (frozen from then; the
 * paid orders become SETTLED on both copies; the provider's books post the receivable after
 * commit), the provider invoices the amount due, the buyer records the payment.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Settlements {
  @Inject SettlementRepository settlements;
  @Inject PurchaseRepository purchase;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject Event<SettlementAccepted> accepted;
  @Inject Event<SettlementPaid> paid;
  @Inject Instance<SettlementDeductionSource> deductionSources;
  @Inject SettlementBooks books;
  @Inject SettlementReaders readers;

  public record DraftSettlement(String contractId, YearMonth month) {}

  public record Invoice(String id, String ifMatch, String invoiceNo, long amount) {}

  public record Payment(String id, String ifMatch, LocalDate paidOn, String reference) {}

  /** A settlement with its lines; {@code created} when this call made the draft. */
  public record SettlementDetail(Settlement settlement, List<SettlementLine> lines) {}

  /** Drafts (or re-drafts) the month; 409 SETTLEMENT_STATUS_CONFLICT once it is accepted. */
  public SettlementDetail draft(DraftSettlement c) {
    Contract contract = purchase.findContract(c.contractId()).orElseThrow(Contracts::notFound);
    if (contract.side() != Side.BUYER) {
      throw DomainException.forbidden("SETTLEMENT_BUYER_ONLY");
    }
    if (contract.status() != ContractStatus.ACTIVE
        && contract.status() != ContractStatus.TERMINATED) {
      throw DomainException.conflict("CONTRACT_STATUS_CONFLICT").with(contract.status().name());
    }
    YearMonth first = YearMonth.from(contract.term().start());
    YearMonth last = YearMonth.from(contract.term().end());
    if (c.month().isBefore(first) || c.month().isAfter(last)) {
      throw DomainException.rule("SETTLEMENT_MONTH_OUTSIDE_TERM")
          .with(first.toString(), last.toString());
    }
    if (c.month().isAfter(YearMonth.from(ChinaTime.today()))) {
      throw DomainException.rule("SETTLEMENT_MONTH_NOT_STARTED").with(c.month().toString());
    }
    settlements
        .findByMonth(contract.id(), c.month())
        .filter(s -> s.status() != SettlementStatus.DRAFT)
        .ifPresent(
            s -> {
              throw DomainException.conflict("SETTLEMENT_STATUS_CONFLICT").with(s.status().name());
            });
    Settlement s =
        settlements.draft(
            UUID.randomUUID().toString(),
            contract,
            c.month(),
            extraDeductions(contract.id(), c.month()),
            requestContext.actor(),
            now());
    if (s.status() != SettlementStatus.DRAFT) {
      // Accepted by a concurrent call between the check above and the upsert.
      throw DomainException.conflict("SETTLEMENT_STATUS_CONFLICT").with(s.status().name());
    }
    auditLog.record(
        "PURCHASE_SETTLEMENT_DRAFTED",
        "purchase_settlement",
        s.id(),
        null,
        "{\"month\":\"" + s.month() + "\",\"amountDue\":" + s.amountDue() + "}");
    return detail(s);
  }

  public SettlementDetail get(String id) {
    Settlement s = require(id);
    readers.requireReader(s.side());
    return detail(s);
  }

  public Page<Settlement> list(String contractId, PageRequest page) {
    readers.requireListReader();
    PageRequest.After<String> after = page.afterValueAndId(v -> YearMonth.parse(v).toString());
    List<Settlement> fetched =
        settlements.list(
            contractId,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, s -> PageRequest.key(s.month(), s.id()));
  }

  public Page<SettledOrder> orders(String id, Boolean paidOnly, PageRequest page) {
    Settlement s = require(id);
    readers.requireReader(s.side());
    List<SettledOrder> fetched = settlements.orders(s, paidOnly, page.afterId(), page.limit() + 1);
    return page.page(fetched, SettledOrder::orderId);
  }

  /**
   * The buyer accepts the draft it read (If-Match): 422 SETTLEMENT_MONTH_NOT_ENDED,
   * PROVIDER_BOOKS_NOT_OPEN; 409 SETTLEMENT_STALE when the orders or flags changed since the draft;
   * of two concurrent accepts one wins, the other gets 409 or 412.
   */
  public SettlementDetail accept(String id, String ifMatch) {
    Settlement s = require(id);
    s.requireSide(Side.BUYER);
    long expectedVersion = Etags.requireVersion(ifMatch);
    s.requireStatus(SettlementStatus.DRAFT);
    s.requireVersion(expectedVersion);
    if (!s.month().atEndOfMonth().isBefore(ChinaTime.today())) {
      throw DomainException.rule("SETTLEMENT_MONTH_NOT_ENDED").with(s.month().toString());
    }
    if (!settlements.providerBooksOpen(s.contractId())) {
      throw DomainException.rule("PROVIDER_BOOKS_NOT_OPEN");
    }
    Instant now = now();
    if (!settlements.markAccepted(
        id, s.version(), requestContext.actor(), requestContext.personId(), now)) {
      Settlement current = require(id);
      current.requireStatus(SettlementStatus.DRAFT);
      current.requireVersion(expectedVersion);
      throw DomainException.conflict("SETTLEMENT_STATUS_CONFLICT").with(current.status().name());
    }
    if (settlements.stale(s, extraDeductions(s.contractId(), s.month()))) {
      throw DomainException.conflict("SETTLEMENT_STALE");
    }
    int paidCount = s.orderCount() - deductedCount(id);
    int settled = settlements.settleOrders(s, now);
    if (settled != paidCount) {
      throw DomainException.conflict("SETTLEMENT_STALE");
    }
    follow(id);
    Settlement done = require(id);
    auditLog.record(
        "PURCHASE_SETTLEMENT_ACCEPTED",
        "purchase_settlement",
        id,
        null,
        "{\"month\":\""
            + done.month()
            + "\",\"orders\":"
            + done.orderCount()
            + ",\"amountDue\":"
            + done.amountDue()
            + "}");
    Contract contract = purchase.findContract(done.contractId()).orElseThrow();
    accepted.fire(
        new SettlementAccepted(
            requestContext.tenant().value(),
            done.id(),
            done.contractId(),
            done.contractNo(),
            done.buyerOrg(),
            done.providerOrg(),
            done.month(),
            paidCount,
            BigDecimal.valueOf(done.amountDue(), 2)));
    return detail(done);
  }

  /**
   * The provider's org admin enters its invoice for exactly the amount due; the receivable is
   * posted first if the after-commit posting has not done it yet.
   */
  public SettlementDetail invoice(Invoice c) {
    Settlement s = require(c.id());
    s.requireSide(Side.PROVIDER);
    long expectedVersion = Etags.requireVersion(c.ifMatch());
    s.requireStatus(SettlementStatus.ACCEPTED);
    s.requireVersion(expectedVersion);
    s.requireInvoiceAmount(c.amount());
    books.postPending(s.id());
    if (!settlements.markInvoiced(
        s.id(), s.version(), c.invoiceNo(), c.amount(), requestContext.actor(), now())) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    follow(s.id());
    auditLog.record(
        "PURCHASE_SETTLEMENT_INVOICED",
        "purchase_settlement",
        s.id(),
        null,
        "{\"invoiceNo\":\"" + c.invoiceNo() + "\",\"amount\":" + c.amount() + "}");
    return detail(require(s.id()));
  }

  /** The buyer records the payment of the invoice: on or after the invoice, never in the future. */
  public SettlementDetail pay(Payment c) {
    Settlement s = require(c.id());
    s.requireSide(Side.BUYER);
    long expectedVersion = Etags.requireVersion(c.ifMatch());
    s.requireStatus(SettlementStatus.INVOICED);
    s.requireVersion(expectedVersion);
    LocalDate invoiced = s.invoicedAt().atZone(ChinaTime.ZONE).toLocalDate();
    if (c.paidOn().isBefore(invoiced) || c.paidOn().isAfter(ChinaTime.today())) {
      throw DomainException.invalidField("paidOn", "PAYMENT_DATE_INVALID")
          .with(invoiced.toString());
    }
    if (!settlements.markPaid(
        s.id(), s.version(), c.paidOn(), c.reference(), requestContext.actor(), now())) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    follow(s.id());
    auditLog.record(
        "PURCHASE_SETTLEMENT_PAID",
        "purchase_settlement",
        s.id(),
        null,
        "{\"paidOn\":\"" + c.paidOn() + "\",\"reference\":\"" + c.reference() + "\"}");
    paid.fire(new SettlementPaid(s.id(), s.providerOrg()));
    return detail(require(s.id()));
  }

  /** An item of the contract in force with what accepted settlements paid and deducted (fen). */
  public record BudgetItem(
      ContractItem item,
      long settledCount,
      long settledAmount,
      long deductedCount,
      long deductedAmount) {}

  /** Budget against actual of one contract on the caller's copy (either side). */
  public record Budget(
      Contract contract, long settled, long paid, List<BudgetItem> items, UUID fundId) {}

  public Budget budget(String contractId) {
    Contract c = purchase.findContract(contractId).orElseThrow(Contracts::notFound);
    readers.requireReader(c.side());
    List<ContractVersion> versions = purchase.versions(contractId);
    ContractVersion current = versions.get(versions.size() - 1);
    Map<String, long[]> byItem = settlements.settledByItem(contractId);
    List<BudgetItem> items =
        current.items().stream()
            .map(
                i -> {
                  long[] a = byItem.getOrDefault(i.code(), new long[4]);
                  return new BudgetItem(i, a[0], a[1], a[2], a[3]);
                })
            .toList();
    long[] totals = settlements.settledTotals(contractId);
    return new Budget(
        c,
        totals[0],
        totals[1],
        items,
        c.side() == Side.PROVIDER ? SettlementBooks.fundId(contractId) : null);
  }

  /** The provider's org admin posts what its books still lack (after a failed background post). */
  public SettlementDetail postBooks(String id) {
    Settlement s = require(id);
    s.requireSide(Side.PROVIDER);
    books.postPending(id);
    return detail(require(id));
  }

  Settlement require(String id) {
    return settlements.find(id).orElseThrow(() -> DomainException.notFound("SETTLEMENT_NOT_FOUND"));
  }

  private SettlementDetail detail(Settlement s) {
    return new SettlementDetail(s, settlements.lines(s.id()));
  }

  private int deductedCount(String id) {
    return settlements.lines(id).stream().mapToInt(SettlementLine::deductedCount).sum();
  }

  private void follow(String id) {
    String result = settlements.follow(id);
    if (!"OK".equals(result)) {
      throw DomainException.conflict("SETTLEMENT_PEER_MISMATCH").with(result);
    }
  }

  /** What the registered deduction sources deduct, by reason (sorted, so drafts repeat). */
  private Map<String, Map<String, String>> extraDeductions(String contractId, YearMonth month) {
    Map<String, Map<String, String>> extra = new TreeMap<>();
    for (SettlementDeductionSource source : deductionSources) {
      Map<String, String> orders = source.deductions(contractId, month);
      if (!orders.isEmpty()) {
        extra.computeIfAbsent(source.reason(), k -> new TreeMap<>()).putAll(orders);
      }
    }
    return extra;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
