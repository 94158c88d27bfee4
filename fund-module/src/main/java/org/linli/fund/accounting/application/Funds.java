package org.linli.fund.accounting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.domain.Fund;
import org.linli.fund.accounting.domain.FundRepository;
import org.linli.fund.accounting.domain.VoucherRepository;
import org.linli.fund.accounting.domain.VoucherRepository.PostingLine;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/** Funds (基金/项目): creating them, reading them with their balance, and their charges. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Funds {
  /** Ledger account kind of a fund's balance (no-negative) and of its contra account. */
  static final String FUND_KIND = "BOOKS_FUND";

  static final String FUND_CONTRA_KIND = "BOOKS_FUND_CONTRA";

  @Inject FundRepository funds;
  @Inject VoucherRepository vouchers;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject Books books;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record CreateFund(
      UUID id,
      String name,
      String purpose,
      String restrictionPurpose,
      LocalDate restrictedUntil,
      Long budget,
      LocalDate startDate,
      LocalDate endDate) {}

  /** A fund with its balance in fen (restricted receipts minus charges and releases). */
  public record FundWithBalance(Fund fund, long balance) {}

  public FundWithBalance create(CreateFund c) {
    books.ensureOpen();
    UUID id = c.id() == null ? UUID.randomUUID() : c.id();
    Account account =
        ledgerAccounts.openOnce(
            Unit.CNY, FUND_KIND, new Account.Owner("FUND", id.toString()), c.name(), true);
    Fund fund =
        Fund.create(
            id,
            c.name(),
            c.purpose(),
            c.restrictionPurpose(),
            c.restrictedUntil(),
            c.budget(),
            c.startDate(),
            c.endDate(),
            account.id(),
            requestContext.actor(),
            Instant.now());
    if (!funds.add(fund)) {
      throw DomainException.conflict("FUND_NAME_TAKEN").with(fund.name());
    }
    auditLog.record(
        "FUND_CREATED",
        "accounting_fund",
        id.toString(),
        null,
        "{\"budget\":" + fund.budget() + "}");
    return new FundWithBalance(fund, 0);
  }

  /** The fund (404 FUND_NOT_FOUND). */
  public FundWithBalance get(UUID id) {
    Fund fund = funds.find(id).orElseThrow(() -> DomainException.notFound("FUND_NOT_FOUND"));
    return new FundWithBalance(fund, balanceOf(fund));
  }

  /**
   * For other contexts (donations, disbursements): the fund of this organization named by an id
   * they were given, 422 FUND_NOT_FOUND when there is none (a reference in a body, not a path).
   */
  public Fund require(UUID id) {
    return funds
        .find(id)
        .orElseThrow(() -> DomainException.rule("FUND_NOT_FOUND").with(String.valueOf(id)));
  }

  public long balance(UUID id) {
    return get(id).balance();
  }

  public Page<FundWithBalance> list(PageRequest page) {
    // Sorted by name, then id; the id (a UUID) never holds the separator, the name may.
    var after =
        page.afterAs(
            k ->
                new String[] {
                  k.substring(0, k.lastIndexOf('|')), k.substring(k.lastIndexOf('|') + 1)
                });
    List<Fund> fetched =
        funds.list(
            after == null ? null : after[0], after == null ? null : after[1], page.limit() + 1);
    Page<Fund> p = page.page(fetched, f -> f.name() + "|" + f.id());
    return new Page<>(
        p.items().stream().map(f -> new FundWithBalance(f, balanceOf(f))).toList(), p.nextCursor());
  }

  /**
   * Posted charges against the fund (restricted expense lines), oldest first; up to {@code max}.
   */
  public List<PostingLine> charges(UUID fundId, int max) {
    require(fundId);
    return vouchers.fundCharges(fundId, max);
  }

  private long balanceOf(Fund fund) {
    return ledgerAccounts.get(fund.ledgerAccountId()).balance();
  }
}
