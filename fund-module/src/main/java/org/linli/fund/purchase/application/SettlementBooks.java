package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.application.Bookkeeping;
import org.linli.fund.accounting.application.Funds;
import org.linli.fund.accounting.application.PostedVoucher;
import org.linli.fund.accounting.application.SystemVoucher;
import org.linli.fund.accounting.application.VoucherLine;
import org.linli.fund.accounting.domain.BooksRepository;
import org.linli.fund.accounting.domain.FundRepository;
import org.linli.fund.ledger.domain.LedgerRepository;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Settlement;
import org.linli.fund.purchase.domain.SettlementRepository;
import org.linli.fund.purchase.domain.SettlementStatus;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * The settlement in the provider's books (ADR 0020), always in a transaction of the provider's
 * tenant: on acceptance Dr 1121 应收账款 / Cr 430101 提供服务收入-非限定性, on payment Dr 1002 银行存款 / Cr 1121,
 * every line on the contract's project (专账, a fund per contract, created on first use) so the
 * contract's ledger can be read by fund. Voucher ids derive from the settlement id, so a retried
 * posting never posts twice. The books must be open (422 BOOKS_NOT_OPEN): a settlement never opens
 * them on the provider's behalf.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class SettlementBooks {
  static final String RECEIVABLE = "1121";
  static final String SERVICE_INCOME = "430101";
  static final String BANK = "1002";
  static final String SOURCE = "PURCHASE_SETTLEMENT";

  /** Maker of vouchers posted in the background, when no person acts. */
  static final UUID SYSTEM_MAKER =
      UUID.nameUUIDFromBytes("system:purchase-settlement".getBytes(StandardCharsets.UTF_8));

  @Inject SettlementRepository settlements;
  @Inject PurchaseRepository purchase;
  @Inject Bookkeeping bookkeeping;
  @Inject Funds funds;
  @Inject FundRepository fundRepository;
  @Inject BooksRepository booksRepository;
  @Inject LedgerRepository ledger;
  @Inject RequestContext requestContext;

  /** Posts the accrual and the payment the provider's copy has and its books still lack. */
  public Settlement postPending(String id) {
    Settlement found =
        settlements
            .find(id)
            .filter(x -> x.side() == Side.PROVIDER)
            .orElseThrow(() -> DomainException.notFound("SETTLEMENT_NOT_FOUND"));
    settlements.lockBooks(found.contractId());
    // Read again under the lock: a concurrent posting may have stored its vouchers meanwhile.
    Settlement s = settlements.find(id).orElseThrow();
    boolean accrualDue = s.accrualVoucherId() == null && s.amountDue() > 0;
    boolean paymentDue =
        s.paymentVoucherId() == null && s.status() == SettlementStatus.PAID && s.amountDue() > 0;
    if (!accrualDue && !paymentDue) {
      return s;
    }
    if (booksRepository.version().isEmpty()) {
      throw DomainException.rule("BOOKS_NOT_OPEN");
    }
    UUID fund = contractFund(s);
    String accrual = null;
    String payment = null;
    if (accrualDue) {
      LocalDate on = openDate(s.acceptedAt().atZone(ChinaTime.ZONE).toLocalDate());
      String summary = truncate("政府购买服务结算 " + s.contractNo() + " " + s.month());
      accrual =
          post(
                  voucherId("accrual", s.id()),
                  on,
                  summary,
                  s,
                  List.of(
                      new VoucherLine(RECEIVABLE, s.amountDue(), 0, fund, summary),
                      new VoucherLine(SERVICE_INCOME, 0, s.amountDue(), fund, summary)))
              .id()
              .toString();
    }
    if (paymentDue) {
      LocalDate on = openDate(s.paidOn());
      String summary = truncate("收到结算款 " + s.contractNo() + " " + s.month() + " " + s.paymentRef());
      payment =
          post(
                  voucherId("payment", s.id()),
                  on,
                  summary,
                  s,
                  List.of(
                      new VoucherLine(BANK, s.amountDue(), 0, fund, summary),
                      new VoucherLine(RECEIVABLE, 0, s.amountDue(), fund, summary)))
              .id()
              .toString();
    }
    settlements.recordVouchers(id, accrual, payment);
    return settlements.find(id).orElseThrow();
  }

  /** The contract's project (专账) in the provider's books, created on first use. */
  UUID contractFund(Settlement s) {
    UUID id = fundId(s.contractId());
    if (fundRepository.find(id).isEmpty()) {
      Contract c = purchase.findContract(s.contractId()).orElseThrow();
      funds.create(
          new Funds.CreateFund(
              id,
              truncate("政府购买服务 " + c.number() + " " + c.id().substring(0, 8), 100),
              truncate(c.buyerName() + " " + c.title(), 200),
              null,
              null,
              c.totalAmount(),
              c.term().start(),
              c.term().end()));
    }
    return id;
  }

  /** The contract's project id in the provider's books, the same on every call. */
  public static UUID fundId(String contractId) {
    return UUID.nameUUIDFromBytes(
        ("purchase-contract-fund:" + contractId).getBytes(StandardCharsets.UTF_8));
  }

  static UUID voucherId(String kind, String settlementId) {
    return UUID.nameUUIDFromBytes(
        ("purchase-settlement-" + kind + ":" + settlementId).getBytes(StandardCharsets.UTF_8));
  }

  private PostedVoucher post(
      UUID voucherId, LocalDate on, String summary, Settlement s, List<VoucherLine> lines) {
    String person = requestContext.personId();
    return bookkeeping.postSystemVoucher(
        new SystemVoucher(
            voucherId,
            on,
            summary,
            SOURCE,
            UUID.fromString(s.id()),
            lines,
            person == null ? SYSTEM_MAKER : UUID.fromString(person)));
  }

  /** The day itself, or today when its month is closed in the books. */
  private LocalDate openDate(LocalDate day) {
    return ledger.periodClosed(YearMonth.from(day).toString()) ? ChinaTime.today() : day;
  }

  private static String truncate(String s) {
    return truncate(s, 200);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
