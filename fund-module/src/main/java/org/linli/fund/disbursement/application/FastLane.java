package org.linli.fund.disbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.linli.fund.accounting.application.PostedVoucher;
import org.linli.fund.disbursement.application.Beneficiaries.BeneficiaryInput;
import org.linli.fund.disbursement.domain.BackfillStatus;
import org.linli.fund.disbursement.domain.Beneficiary;
import org.linli.fund.disbursement.domain.Disbursement;
import org.linli.fund.disbursement.domain.DisbursementRepository;
import org.linli.fund.disbursement.domain.DisbursementSettings;
import org.linli.fund.disbursement.domain.RecoveryItem;
import org.linli.fund.disbursement.domain.SettingsRepository;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.calendar.application.WorkingCalendars;
import org.linli.kernel.calendar.domain.WorkingCalendar;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * The emergency fast lane (急难型临时救助 "先行救助"): a caseworker pays at once from the pre-authorized fund
 * within its per-case cap and the yearly limit per person and cause; the paperwork (backfill
 * approval) is due within N working days of the request (ADR 0009 calendar); overdue backfills are
 * escalated; a rejected backfill opens a recovery item.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class FastLane {
  @Inject DisbursementRepository repository;
  @Inject SettingsRepository settingsRepository;
  @Inject DisbursementRules rules;
  @Inject Disbursements disbursements;
  @Inject Beneficiaries beneficiaries;
  @Inject DisbursementPosting posting;
  @Inject WorkingCalendars calendars;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record FastPayment(
      BeneficiaryInput beneficiary,
      String purpose,
      String cause,
      long amount,
      List<String> evidence,
      String bankReference,
      Instant requestedAt) {}

  public record BackfillDecision(UUID id, boolean approved, String reason) {}

  /** The 24-hour and working-day figures over the cases paid in a year. */
  public record Report(
      int year,
      int cases,
      int paidWithin24h,
      int backfillsDone,
      int backfillsInTime,
      int backfillsPending,
      int backfillsOverdue,
      long amount) {}

  public Disbursement pay(FastPayment c) {
    DisbursementSettings s = rules.current();
    if (!s.fastLaneOpen()) {
      throw DomainException.conflict("FAST_LANE_NOT_SET_UP");
    }
    if (c.beneficiary().kind() != Beneficiary.Kind.PERSON) {
      throw DomainException.invalidField("beneficiary.kind", "FAST_LANE_PERSON_ONLY");
    }
    if (c.amount() > s.fastCaseCap()) {
      throw DomainException.rule("FAST_LANE_CASE_CAP_EXCEEDED").with(yuan(s.fastCaseCap()));
    }
    Instant now = Instant.now();
    Instant requestedAt = c.requestedAt() == null ? now : c.requestedAt();
    if (requestedAt.isAfter(now)) {
      throw DomainException.invalidField("requestedAt", "FAST_LANE_REQUESTED_IN_FUTURE");
    }
    disbursements.requireActiveFund(s.fastFundId(), c.amount());
    Beneficiary beneficiary = beneficiaries.of(c.beneficiary());
    LocalDate today = ChinaTime.today();
    // Sum then insert under one lock per organization: two caseworkers paying the same person at
    // once cannot both stay under the yearly limit.
    settingsRepository.lockForFastLane();
    long paid = repository.fastPaidTo(beneficiary.key(), c.cause(), today.getYear());
    if (paid + c.amount() > s.fastYearlyLimit()) {
      throw DomainException.rule("FAST_LANE_YEARLY_LIMIT_EXCEEDED")
          .with(yuan(s.fastYearlyLimit()), yuan(paid));
    }
    UUID id = UUID.randomUUID();
    PostedVoucher v =
        posting.post(id, s.fastFundId(), c.amount(), today, c.purpose(), c.bankReference());
    LocalDate requestDay = requestedAt.atZone(ChinaTime.ZONE).toLocalDate();
    WorkingCalendar calendar = calendars.current();
    LocalDate due = addWorkingDays(calendar, requestDay, s.backfillWorkingDays());
    Disbursement d =
        Disbursement.fastPayment(
            id,
            s.fastFundId(),
            beneficiary,
            c.purpose(),
            c.cause(),
            c.amount(),
            c.evidence(),
            requestContext.personId(),
            requestContext.actor(),
            requestedAt,
            new Disbursement.Payment(
                requestContext.actor(), now, today, c.bankReference(), v.id(), v.number()),
            due,
            !calendar.fallbackYears(requestDay, due).isEmpty());
    repository.add(d);
    auditLog.record(
        "FAST_LANE_PAID",
        "disbursement",
        id.toString(),
        null,
        "{\"amount\":" + d.amount() + ",\"backfillDue\":\"" + due + "\"}");
    return d;
  }

  /** The day {@code n} working days after {@code from} (the day itself not counted). */
  static LocalDate addWorkingDays(WorkingCalendar calendar, LocalDate from, int n) {
    LocalDate day = from;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The backfill approval: approved, or rejected with a reason (opens a recovery item). */
  public Disbursement decideBackfill(BackfillDecision c) {
    Disbursement d = repository.lock(c.id()).orElseThrow(Disbursements::notFound);
    Instant now = Instant.now();
    d.completeBackfill(
        requestContext.actor(), requestContext.personId(), c.approved(), c.reason(), now);
    repository.update(d);
    auditLog.record(
        c.approved() ? "FAST_LANE_BACKFILL_APPROVED" : "FAST_LANE_BACKFILL_REJECTED",
        "disbursement",
        d.id().toString(),
        "{\"backfill\":\"PENDING\"}",
        "{\"backfill\":\"" + d.backfill().status() + "\"}");
    if (!c.approved()) {
      RecoveryItem item =
          new RecoveryItem(
              UUID.randomUUID(),
              d.id(),
              d.amount(),
              c.reason(),
              RecoveryItem.Status.OPEN,
              requestContext.actor(),
              now);
      repository.addRecovery(item);
      auditLog.record(
          "DISBURSEMENT_RECOVERY_OPENED",
          "disbursement_recovery",
          item.id().toString(),
          null,
          "{\"amount\":" + item.amount() + "}");
    }
    return d;
  }

  /** Pending backfills past their due date, oldest due first. */
  public Page<Disbursement> overdue(PageRequest page) {
    PageRequest.After<LocalDate> after = page.afterDateAndId();
    List<Disbursement> fetched =
        repository.overdueBackfills(
            ChinaTime.today(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, d -> PageRequest.key(d.backfill().due(), d.id().toString()));
  }

  /**
   * Flags every overdue backfill not yet flagged in the audit log (FAST_LANE_BACKFILL_OVERDUE);
   * safe to repeat. Run daily by the escalation job and on demand by an org admin.
   */
  public int escalate(LocalDate today) {
    int flagged = 0;
    Instant now = Instant.now();
    List<Disbursement> batch;
    LocalDate afterDue = null;
    String afterId = null;
    do {
      batch = repository.overdueBackfills(today, afterDue, afterId, 100);
      for (Disbursement d : batch) {
        if (d.backfill().escalatedAt() == null && repository.markEscalated(d.id(), now)) {
          auditLog.record(
              "FAST_LANE_BACKFILL_OVERDUE",
              "disbursement",
              d.id().toString(),
              null,
              "{\"due\":\"" + d.backfill().due() + "\"}");
          flagged++;
        }
        afterDue = d.backfill().due();
        afterId = d.id().toString();
      }
    } while (batch.size() == 100);
    return flagged;
  }

  public Page<RecoveryItem> recoveries(PageRequest page) {
    PageRequest.After<Instant> after = page.afterInstantAndId();
    List<RecoveryItem> fetched =
        repository.recoveries(
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, r -> PageRequest.key(r.openedAt(), r.id().toString()));
  }

  public Report report(int year) {
    Instant from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, ChinaTime.ZONE).toInstant();
    Instant to = ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, ChinaTime.ZONE).toInstant();
    LocalDate today = ChinaTime.today();
    List<Disbursement> cases = repository.fastCases(from, to);
    int within24h = 0;
    int done = 0;
    int inTime = 0;
    int pending = 0;
    int overdue = 0;
    long amount = 0;
    for (Disbursement d : cases) {
      amount += d.amount();
      if (d.paidWithin24h()) {
        within24h++;
      }
      if (d.backfill().status() == BackfillStatus.PENDING) {
        pending++;
        if (d.backfillOverdue(today)) {
          overdue++;
        }
      } else {
        done++;
        if (d.backfill().metDeadline()) {
          inTime++;
        }
      }
    }
    return new Report(year, cases.size(), within24h, done, inTime, pending, overdue, amount);
  }

  private static String yuan(long fen) {
    return org.linli.fund.ledger.domain.Unit.CNY.format(fen);
  }
}
