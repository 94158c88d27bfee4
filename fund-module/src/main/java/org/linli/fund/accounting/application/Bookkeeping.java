package org.linli.fund.accounting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.linli.fund.accounting.application.VoucherPosting.LineInput;
import org.linli.fund.accounting.domain.Voucher;
import org.linli.fund.accounting.domain.VoucherRepository;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * The books' entry point for other contexts (donations, disbursements): vouchers generated from
 * their approved documents, posted at once and numbered like any voucher. Refusals are
 * DomainExceptions with stable codes: ACCOUNT_NOT_IN_CHART, ACCOUNT_NOT_LEAF, FUND_REQUIRED,
 * FUND_NOT_FOUND, FUND_BALANCE_INSUFFICIENT, PERIOD_CLOSED, VOUCHER_UNBALANCED, VOUCHER_ID_REUSED.
 * Runs in the caller's transaction when there is one, so a refusal rolls back the caller's document
 * too.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Bookkeeping {
  @Inject VoucherPosting posting;
  @Inject VoucherRepository vouchers;
  @Inject Books books;

  public PostedVoucher postSystemVoucher(SystemVoucher v) {
    if (v.id() == null || v.date() == null || v.madeBy() == null) {
      throw new IllegalArgumentException("A system voucher needs an id, a date and a maker");
    }
    if (v.source() == null || !v.source().matches("[A-Z][A-Z_]{0,39}")) {
      throw new IllegalArgumentException("A system voucher's source is an upper-case code");
    }
    books.ensureOpen();
    List<LineInput> inputs =
        v.lines().stream()
            .map(
                l ->
                    new LineInput(
                        l.accountCode(),
                        l.debitFen(),
                        l.creditFen(),
                        l.fundId(),
                        null,
                        l.summary()))
            .toList();
    Voucher candidate =
        Voucher.draft(
                v.id(),
                v.date(),
                v.summary(),
                v.source(),
                v.sourceId(),
                0,
                v.madeBy().toString(),
                posting.resolve(inputs),
                Instant.now())
            .approvedBySystem();
    var earlier = vouchers.contentHash(v.id());
    if (earlier.isPresent()) {
      return replay(candidate, earlier.get());
    }
    VoucherPosting.Result result = posting.post(candidate, false);
    if (result.replay()) {
      return replay(candidate, result.voucher().contentHash());
    }
    return PostedVoucher.of(result.voucher(), false);
  }

  private PostedVoucher replay(Voucher candidate, String storedHash) {
    if (!storedHash.equals(candidate.contentHash())) {
      throw DomainException.rule("VOUCHER_ID_REUSED");
    }
    return PostedVoucher.of(vouchers.find(candidate.id()).orElseThrow(), true);
  }
}
