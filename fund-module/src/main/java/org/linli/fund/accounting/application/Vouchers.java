package org.linli.fund.accounting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.application.VoucherPosting.LineInput;
import org.linli.fund.accounting.domain.ChartAccount;
import org.linli.fund.accounting.domain.Voucher;
import org.linli.fund.accounting.domain.VoucherRepository;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * Vouchers by hand (记账凭证): drafted by one person, approved (审核) and thereby posted by another;
 * reversed in red letters (红字冲销); releases from restriction drafted from a fund.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Vouchers {
  @Inject VoucherPosting posting;
  @Inject VoucherRepository vouchers;
  @Inject Books books;
  @Inject Funds funds;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record DraftVoucher(
      LocalDate date, String summary, int attachments, List<LineInput> lines) {}

  public record Release(UUID fundId, long amount, LocalDate date, String reason) {}

  public Voucher draft(DraftVoucher c) {
    return draft(c, Voucher.MANUAL, null);
  }

  private Voucher draft(DraftVoucher c, String source, UUID sourceId) {
    books.ensureOpen();
    posting.requireOpen(c.date());
    Voucher v =
        Voucher.draft(
            UUID.randomUUID(),
            c.date(),
            c.summary(),
            source,
            sourceId,
            c.attachments(),
            me(),
            posting.resolve(c.lines()),
            Instant.now());
    vouchers.add(v);
    auditLog.record(
        "VOUCHER_DRAFTED",
        "accounting_voucher",
        v.id().toString(),
        null,
        "{\"source\":\"" + source + "\",\"hash\":\"" + v.contentHash() + "\"}");
    return v;
  }

  /** Maker-checker: someone other than the maker approves; the voucher is posted at once. */
  public Voucher approve(UUID id) {
    Voucher draft = vouchers.lock(id).orElseThrow(Vouchers::notFound);
    Voucher approved = draft.approvedBy(me());
    return posting.post(approved, true).voucher();
  }

  /**
   * A red-letter voucher negating every line of a posted one, dated {@code on} (today when null) in
   * an open period, posted at once; the original stays as it is.
   */
  public Voucher reverse(UUID id, String reason, LocalDate on) {
    Voucher original = vouchers.lock(id).orElseThrow(Vouchers::notFound);
    if (original.status() == Voucher.Status.POSTED && vouchers.reversalOf(id).isPresent()) {
      throw DomainException.conflict("VOUCHER_ALREADY_REVERSED");
    }
    if (original.reversesId() != null) {
      // Reversing a reversal would re-post the original's lines under another number.
      throw DomainException.conflict("VOUCHER_ALREADY_REVERSED");
    }
    LocalDate date = on == null ? ChinaTime.today() : on;
    Voucher red = original.redLetter(UUID.randomUUID(), date, reason, me(), Instant.now());
    posting.requireOpen(date);
    Voucher posted = posting.post(red, false).voucher();
    auditLog.record(
        "VOUCHER_REVERSED",
        "accounting_voucher",
        id.toString(),
        null,
        "{\"reversal\":\"" + posted.id() + "\"}");
    return posted;
  }

  /**
   * Release from restriction (限定性净资产 → 非限定性净资产) when the purpose is met or the time has passed: a
   * draft voucher Dr 3102 (charged to the fund) / Cr 3101, approved like any other.
   */
  public Voucher release(Release r) {
    if (r.reason() == null || r.reason().isBlank()) {
      throw DomainException.invalidField("reason", "RELEASE_REASON_REQUIRED");
    }
    var fund = funds.require(r.fundId());
    if (funds.balance(fund.id()) < r.amount()) {
      throw DomainException.rule("FUND_BALANCE_INSUFFICIENT").with(fund.id().toString());
    }
    String summary = "解除限制 " + fund.name() + ": " + r.reason().strip();
    return draft(
        new DraftVoucher(
            r.date(),
            summary,
            0,
            List.of(
                new LineInput(
                    ChartAccount.RESTRICTED_NET_ASSETS, r.amount(), 0, fund.id(), null, summary),
                new LineInput(
                    ChartAccount.UNRESTRICTED_NET_ASSETS,
                    0,
                    r.amount(),
                    fund.id(),
                    null,
                    summary))),
        Voucher.RELEASE,
        fund.id());
  }

  public Voucher get(UUID id) {
    return vouchers.find(id).orElseThrow(Vouchers::notFound);
  }

  public Page<Voucher> list(LocalDate from, LocalDate to, Voucher.Status status, PageRequest page) {
    var after = page.afterDateAndId();
    return page.page(
        vouchers.list(
            from,
            to,
            status,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        v -> PageRequest.key(v.date(), v.id().toString()));
  }

  /** The person acting: their platform person id, or the token's user name. */
  private String me() {
    return requestContext.personId() != null ? requestContext.personId() : requestContext.actor();
  }

  private static DomainException notFound() {
    return DomainException.notFound("VOUCHER_NOT_FOUND");
  }
}
