package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.accounting.domain.BooksQueries.FundLine;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * A contract's project ledger (专账, ADR 0020) in the provider's books: the voucher lines on the
 * contract's fund ({@link SettlementBooks#fundId}) with the project's surplus (income less
 * expenses) before, along and after the range. Only the provider keeps books for the contract.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ProjectLedgers {
  @Inject PurchaseRepository purchase;
  @Inject BooksQueries books;

  /** The range defaults to the contract's start up to today. */
  public record ProjectLedger(
      Contract contract,
      UUID fundId,
      LocalDate from,
      LocalDate to,
      long opening,
      long closing,
      Page<FundLine> lines) {}

  public ProjectLedger ledger(String contractId, LocalDate from, LocalDate to, PageRequest page) {
    Contract c = purchase.findContract(contractId).orElseThrow(Contracts::notFound);
    if (c.side() != Side.PROVIDER) {
      throw DomainException.forbidden("PROJECT_LEDGER_PROVIDER_ONLY");
    }
    LocalDate start = from == null ? c.term().start() : from;
    LocalDate end = to == null ? ChinaTime.today() : to;
    if (end.isBefore(start)) {
      throw DomainException.invalidField("to", "INVALID_RANGE");
    }
    UUID fund = SettlementBooks.fundId(contractId);
    long opening = books.fundSurplus(fund, start.minusDays(1));
    long closing = books.fundSurplus(fund, end);
    String after = page.afterAs(k -> k);
    List<FundLine> fetched =
        books.fundLines(fund, start, end, after, page.limit() + 1).stream()
            .map(
                l ->
                    new FundLine(
                        l.key(),
                        l.date(),
                        l.voucherId(),
                        l.voucherNumber(),
                        l.accountCode(),
                        l.accountName(),
                        l.summary(),
                        l.debit(),
                        l.credit(),
                        opening + l.balance()))
            .toList();
    return new ProjectLedger(
        c, fund, start, end, opening, closing, page.page(fetched, FundLine::key));
  }
}
