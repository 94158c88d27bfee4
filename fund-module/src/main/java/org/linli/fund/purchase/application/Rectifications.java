package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.purchase.domain.CheckResult;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.Rectification;
import org.linli.fund.purchase.domain.RectificationStatus;
import org.linli.fund.purchase.domain.Sample;
import org.linli.fund.purchase.domain.SampleCheck;
import org.linli.fund.purchase.domain.SampledOrder;
import org.linli.fund.purchase.domain.SamplingRepository;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * 整改通知 (ADR 0015, part B): the buyer issues one on a sampled order found FAILED or RECTIFY, with a
 * deadline; the provider answers on its copy; the buyer closes it as PASSED or FAILED, which is
 * also the order's new check result. Each change is made on the caller's copy and followed onto the
 * other party's in the same transaction.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Rectifications {
  static final int MAX_DEADLINE_DAYS = 366;

  @Inject SamplingRepository repository;
  @Inject SamplingAccess access;
  @Inject Sampling sampling;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record Issue(
      String contractId, String sampleId, String orderId, String request, LocalDate deadline) {}

  public record Answer(String contractId, String id, String text, String evidenceSha256) {}

  public record Close(String contractId, String id, RectificationStatus outcome, String note) {}

  public Rectification issue(Issue cmd) {
    Contract c = access.buyerSide(cmd.contractId());
    Sample s =
        repository.lockSample(cmd.contractId(), cmd.sampleId()).orElseThrow(Sampling::notFound);
    SampledOrder o =
        repository
            .sampledOrder(s.id(), cmd.orderId())
            .orElseThrow(() -> DomainException.notFound("SAMPLED_ORDER_NOT_FOUND"));
    String request = text("request", cmd.request(), 1000, "REQUEST_REQUIRED", "REQUEST_TOO_LONG");
    LocalDate today = ChinaTime.today();
    if (cmd.deadline() == null
        || cmd.deadline().isBefore(today)
        || cmd.deadline().isAfter(today.plusDays(MAX_DEADLINE_DAYS))) {
      throw DomainException.invalidField("deadline", "INVALID_DEADLINE").with(MAX_DEADLINE_DAYS);
    }
    if (s.status() != Sample.Status.ACTIVE) {
      throw DomainException.conflict("SAMPLE_DISCARDED");
    }
    SampleCheck latest = o.latest();
    if (latest == null || latest.result() == CheckResult.PASSED) {
      throw DomainException.conflict("CHECK_NOT_FAILED")
          .with(latest == null ? "-" : latest.result().name());
    }
    if (repository.pendingRectification(o.orderId())) {
      throw DomainException.conflict("RECTIFICATION_PENDING");
    }
    Rectification r =
        new Rectification(
            UUID.randomUUID().toString(),
            c.id(),
            c.buyerOrg(),
            c.providerOrg(),
            s.id(),
            o.orderId(),
            s.month(),
            request,
            cmd.deadline(),
            RectificationStatus.OPEN,
            requestContext.personId(),
            requestContext.actor(),
            Instant.now(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            1);
    repository.saveRectification(r);
    follow(r.id());
    auditLog.record(
        "PURCHASE_RECTIFICATION_ISSUED",
        "purchase_rectification",
        r.id(),
        null,
        "{\"order\":\"" + o.orderId() + "\",\"deadline\":\"" + cmd.deadline() + "\"}");
    return r;
  }

  public Rectification answer(Answer cmd) {
    access.providerSide(cmd.contractId());
    Rectification r =
        repository
            .lockRectification(cmd.contractId(), cmd.id())
            .orElseThrow(Rectifications::notFound);
    String text = text("text", cmd.text(), 2000, "ANSWER_REQUIRED", "ANSWER_TOO_LONG");
    String sha = cmd.evidenceSha256() == null ? null : cmd.evidenceSha256().strip();
    if (sha != null && sha.isEmpty()) {
      sha = null;
    }
    if (sha != null && !sha.matches("[0-9a-f]{64}")) {
      throw DomainException.invalidField("evidenceSha256", "INVALID_SHA256");
    }
    Rectification next =
        r.answered(text, sha, requestContext.personId(), requestContext.actor(), Instant.now());
    repository.saveRectification(next);
    follow(next.id());
    auditLog.record(
        "PURCHASE_RECTIFICATION_ANSWERED",
        "purchase_rectification",
        r.id(),
        "{\"status\":\"OPEN\"}",
        "{\"status\":\"ANSWERED\"}");
    return next;
  }

  public Rectification close(Close cmd) {
    access.buyerSide(cmd.contractId());
    Rectification r =
        repository
            .lockRectification(cmd.contractId(), cmd.id())
            .orElseThrow(Rectifications::notFound);
    if (cmd.outcome() == null) {
      throw DomainException.invalidField("outcome", "INVALID_RECTIFICATION_OUTCOME");
    }
    String note = optionalText("note", cmd.note(), 500);
    LocalDate today = ChinaTime.today();
    Rectification next =
        r.closed(
            cmd.outcome(),
            note,
            requestContext.personId(),
            requestContext.actor(),
            Instant.now(),
            today);
    repository.saveRectification(next);
    // The closing finding is the order's new check result, with the rectification as its reason.
    Sample s = repository.lockSample(r.contractId(), r.sampleId()).orElseThrow();
    SampledOrder o = repository.sampledOrder(s.id(), r.orderId()).orElseThrow();
    CheckResult result =
        cmd.outcome() == RectificationStatus.PASSED ? CheckResult.PASSED : CheckResult.FAILED;
    String reason = "整改验收 " + cmd.outcome().name() + (note == null ? "" : ": " + note);
    sampling.addCheck(s, o, result, note, reason, r.id());
    follow(next.id());
    auditLog.record(
        "PURCHASE_RECTIFICATION_CLOSED",
        "purchase_rectification",
        r.id(),
        "{\"status\":\"" + r.status().name() + "\"}",
        "{\"status\":\"" + next.status().name() + "\"}");
    return next;
  }

  public Rectification get(String contractId, String id) {
    access.readable(contractId);
    return repository.findRectification(contractId, id).orElseThrow(Rectifications::notFound);
  }

  public Page<Rectification> list(
      String contractId, RectificationStatus status, Boolean late, PageRequest page) {
    access.readable(contractId);
    PageRequest.After<Instant> after = page.afterInstantAndId();
    List<Rectification> fetched =
        repository.listRectifications(
            contractId,
            status,
            late,
            ChinaTime.today(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, r -> PageRequest.key(r.issuedAt(), r.id()));
  }

  private void follow(String id) {
    String result = repository.followRectification(id);
    if (!"OK".equals(result)) {
      throw DomainException.conflict("RECTIFICATION_PEER_MISMATCH").with(result);
    }
  }

  static DomainException notFound() {
    return DomainException.notFound("RECTIFICATION_NOT_FOUND");
  }

  /** Required text, stripped, at most {@code max} characters. */
  static String text(String field, String value, int max, String required, String tooLong) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw DomainException.invalidField(field, required);
    }
    if (v.length() > max) {
      throw DomainException.invalidField(field, tooLong).with(max);
    }
    return v;
  }

  static String optionalText(String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.length() > max) {
      throw DomainException.invalidField(field, "TEXT_TOO_LONG").with(max);
    }
    return v.isEmpty() ? null : v;
  }
}
