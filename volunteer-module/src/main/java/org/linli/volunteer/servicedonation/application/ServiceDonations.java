package org.linli.volunteer.servicedonation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.application.Bookkeeping;
import org.linli.fund.accounting.application.Books;
import org.linli.fund.accounting.application.PostedVoucher;
import org.linli.fund.accounting.application.SystemVoucher;
import org.linli.fund.accounting.application.VoucherLine;
import org.linli.fund.accounting.domain.ChartVersion;
import org.linli.fund.ledger.domain.LedgerRepository;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.servicedonation.domain.RateCard;
import org.linli.volunteer.servicedonation.domain.ServiceDonationMode;
import org.linli.volunteer.servicedonation.domain.ServiceDonationRepository;
import org.linli.volunteer.servicedonation.domain.ServiceDonationRun;
import org.linli.volunteer.servicedonation.domain.ServiceDonationSettings;
import org.linli.volunteer.servicedonation.domain.ValuedRecord;
import org.linli.volunteer.servicedonation.domain.VoucherPlan;

/**
 * 服务捐赠: the organization's fair rate, and "record service donations for a month", which values the
 * month's approved service records that were never valued, takes back those booked before and since
 * superseded by a correction, and posts both as one system voucher through the books — in one
 * transaction with the remembered entries, so a refusal of the books writes nothing and no record
 * is ever counted twice.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ServiceDonations {
  static final String SOURCE = "SERVICE_DONATION";

  @Inject ServiceDonationRepository repository;
  @Inject Books books;
  @Inject Bookkeeping bookkeeping;
  @Inject LedgerRepository ledger;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record ReplaceSettings(
      long expectedVersion,
      long rateFenPerHour,
      List<ServiceDonationSettings.CategoryRate> categoryRates,
      ServiceDonationMode mode) {}

  public record RecordMonth(YearMonth month) {}

  /** What a run did: the stored run, or none when there was nothing new to value or take back. */
  public record Outcome(YearMonth month, ServiceDonationRun run) {
    public boolean posted() {
      return run != null;
    }
  }

  public ServiceDonationSettings settings() {
    return repository.currentSettings().orElse(ServiceDonationSettings.defaults());
  }

  public ServiceDonationSettings replaceSettings(ReplaceSettings c) {
    ServiceDonationSettings now = settings();
    if (now.version() != c.expectedVersion()) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    ServiceDonationSettings next =
        new ServiceDonationSettings(
            now.version() + 1,
            c.rateFenPerHour(),
            c.categoryRates(),
            c.mode(),
            requestContext.actor(),
            Instant.now().truncatedTo(ChronoUnit.MICROS));
    if (!repository.addSettings(next)) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    auditLog.record(
        "SERVICE_DONATION_SETTINGS_CHANGED",
        "service_donation_settings",
        Long.toString(next.version()),
        auditJson(now),
        auditJson(next));
    return next;
  }

  private static String auditJson(ServiceDonationSettings s) {
    StringBuilder b =
        new StringBuilder("{\"rateFenPerHour\":")
            .append(s.rateFenPerHour())
            .append(",\"mode\":\"")
            .append(s.mode())
            .append("\",\"categoryRates\":{");
    for (int i = 0; i < s.categoryRates().size(); i++) {
      ServiceDonationSettings.CategoryRate r = s.categoryRates().get(i);
      b.append(i == 0 ? "" : ",")
          .append('"')
          .append(r.category().replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\":")
          .append(r.rateFenPerHour());
    }
    return b.append("}}").toString();
  }

  public Outcome record(RecordMonth c) {
    YearMonth month = c.month();
    LocalDate today = ChinaTime.today();
    if (month.isAfter(YearMonth.from(today))) {
      throw DomainException.rule("SERVICE_MONTH_NOT_STARTED").with(month.toString());
    }
    ServiceDonationSettings settings = settings();
    ServiceDonationMode mode = settings.mode();
    if (mode == ServiceDonationMode.OFF) {
      throw DomainException.rule("SERVICE_DONATIONS_NOT_RECOGNISED");
    }
    if (mode == ServiceDonationMode.RECOGNISE && books.ensureOpen() != ChartVersion.V2024) {
      throw DomainException.rule("SERVICE_DONATIONS_NEED_2024_CHART");
    }
    repository.lockRuns();
    RateCard rates = settings.rateCard();
    List<ValuedRecord> added =
        repository.approvedWithoutEntry(month).stream()
            .map(u -> rates.value(u.recordId(), u.category(), u.minutes()).in(mode))
            .toList();
    List<ValuedRecord> reversed = repository.bookedButNoLongerApproved(month);
    VoucherPlan plan = VoucherPlan.of(mode, added, reversed, month.toString());
    if (plan.isEmpty()) {
      return new Outcome(month, null);
    }
    if (plan.posts() && mode == ServiceDonationMode.DISCLOSE) {
      // Booked entries taken back while disclosing: the books must still be able to take them.
      if (books.ensureOpen() != ChartVersion.V2024) {
        throw DomainException.rule("SERVICE_DONATIONS_NEED_2024_CHART");
      }
    }
    UUID runId = UUID.randomUUID();
    PostedVoucher voucher = plan.posts() ? post(runId, month, today, plan) : null;
    ServiceDonationRun run =
        new ServiceDonationRun(
            runId.toString(),
            month.toString(),
            mode,
            voucher == null ? null : voucher.id().toString(),
            voucher == null ? null : voucher.period(),
            voucher == null ? null : voucher.number(),
            voucher == null ? null : voucher.date(),
            settings.rateFenPerHour(),
            added.size(),
            plan.addedMinutes(),
            plan.addedFen(),
            reversed.size(),
            plan.reversedMinutes(),
            plan.reversedFen(),
            requestContext.actor(),
            Instant.now().truncatedTo(ChronoUnit.MICROS));
    repository.addRun(run);
    repository.addEntries(run.id(), month, added);
    repository.markReversed(run.id(), reversed);
    auditLog.record(
        "SERVICE_DONATIONS_RECORDED",
        "service_donation_run",
        run.id(),
        null,
        "{\"month\":\""
            + run.month()
            + "\",\"mode\":\""
            + run.mode()
            + "\",\"voucher\":\""
            + run.voucherId()
            + "\",\"records\":"
            + run.recordCount()
            + ",\"amountFen\":"
            + run.amountFen()
            + ",\"reversed\":"
            + run.reversedCount()
            + ",\"reversedFen\":"
            + run.reversedFen()
            + "}");
    return new Outcome(month, run);
  }

  public Page<ServiceDonationRun> runs(YearMonth month, PageRequest page) {
    return repository.runs(month, page);
  }

  private PostedVoucher post(UUID runId, YearMonth month, LocalDate today, VoucherPlan plan) {
    List<VoucherLine> lines =
        plan.lines().stream()
            .map(
                l ->
                    new VoucherLine(
                        l.accountCode(), l.debitFen(), l.creditFen(), null, l.summary()))
            .toList();
    return bookkeeping.postSystemVoucher(
        new SystemVoucher(
            runId,
            voucherDate(month, today),
            plan.summary(month.toString()),
            SOURCE,
            runId,
            lines,
            maker()));
  }

  /**
   * The month's last day (today for the running month); when the month is closed, today, in the
   * open period, like every correction of the books (ADR 0012). A closed current period is the
   * books' 422 PERIOD_CLOSED.
   */
  LocalDate voucherDate(YearMonth month, LocalDate today) {
    LocalDate end = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
    return ledger.periodClosed(month.toString()) ? today : end;
  }

  /** Person ids are UUIDs; a caller without one gets a stable name-based id. */
  private UUID maker() {
    String person = requestContext.personId();
    try {
      return UUID.fromString(person);
    } catch (RuntimeException e) {
      return UUID.nameUUIDFromBytes(requestContext.actor().getBytes(StandardCharsets.UTF_8));
    }
  }
}
