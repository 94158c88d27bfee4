package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.fund.purchase.domain.CheckResult;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Sample;
import org.linli.fund.purchase.domain.SampleCheck;
import org.linli.fund.purchase.domain.SampleDraw;
import org.linli.fund.purchase.domain.SampledOrder;
import org.linli.fund.purchase.domain.SamplingRepository;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.time.ChinaTime;

/**
 * Monthly acceptance sampling (ADR 0015, part B): the buyer draws a random sample of a contract's
 * completed orders of a month at the contract's rate (at least the configured minimum), keeps the
 * seed so the draw can be recomputed, and records a check result per sampled order. One ACTIVE draw
 * per contract and month: the contract row is locked while drawing, so two draws at once give one
 * sample and one 409.
 */
@ApplicationScoped
@Transactional
@org.linli.kernel.tenancy.TenantScoped
public class Sampling {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SamplingRepository repository;
  @Inject PurchaseRepository purchase;
  @Inject SamplingAccess access;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  @Inject
  @ConfigProperty(name = "linli.purchase.sample-min-percent", defaultValue = "30")
  int minimumPercent;

  @Inject
  @ConfigProperty(name = "linli.purchase.sample-default-percent", defaultValue = "30")
  int defaultPercent;

  public record Rate(int ratePercent, int minimumPercent, boolean configured) {}

  public record RecordCheck(
      String contractId,
      String sampleId,
      String orderId,
      CheckResult result,
      String note,
      String reason) {}

  /** The draw recomputed from the stored seed and population, next to the stored one. */
  public record Verification(
      Sample sample,
      List<String> stored,
      List<String> recomputed,
      boolean matches,
      String populationDigest,
      boolean populationIntact,
      int populationNow,
      boolean populationUnchangedSinceDraw) {}

  public Rate rate(String contractId) {
    Contract c = access.readable(contractId);
    if (c.side() != Side.BUYER) {
      throw DomainException.forbidden("SAMPLING_BUYER_ONLY");
    }
    return rateOf(contractId);
  }

  public Rate setRate(String contractId, int ratePercent) {
    access.requireOrgAdmin();
    access.buyerSide(contractId);
    if (ratePercent < minimumPercent || ratePercent > 100) {
      throw DomainException.invalidField("ratePercent", "INVALID_SAMPLE_RATE").with(minimumPercent);
    }
    Rate before = rateOf(contractId);
    repository.saveRate(contractId, ratePercent, requestContext.actor(), Instant.now());
    auditLog.record(
        "PURCHASE_SAMPLE_RATE_SET",
        "purchase_contract",
        contractId,
        "{\"ratePercent\":" + before.ratePercent() + "}",
        "{\"ratePercent\":" + ratePercent + "}");
    return rateOf(contractId);
  }

  private Rate rateOf(String contractId) {
    return repository
        .rate(contractId)
        .map(r -> new Rate(r, minimumPercent, true))
        .orElse(new Rate(Math.max(defaultPercent, minimumPercent), minimumPercent, false));
  }

  public Sample draw(String contractId, YearMonth month) {
    access.buyerSide(contractId);
    if (month == null) {
      throw DomainException.invalidField("month", "MONTH_REQUIRED");
    }
    Contract c = purchase.lockContract(contractId).orElseThrow(Contracts::notFound);
    YearMonth now = YearMonth.from(ChinaTime.today());
    if (month.isAfter(now)) {
      throw DomainException.rule("MONTH_NOT_STARTED").with(month.toString());
    }
    if (month.atEndOfMonth().isBefore(c.term().start()) || month.atDay(1).isAfter(c.term().end())) {
      throw DomainException.rule("MONTH_OUTSIDE_TERM").with(month.toString());
    }
    repository
        .activeSample(contractId, month)
        .ifPresent(
            s -> {
              throw DomainException.conflict("SAMPLE_EXISTS").with(month.toString(), s.id());
            });
    List<String> population = repository.population(contractId, month);
    if (population.isEmpty()) {
      throw DomainException.rule("NOTHING_TO_SAMPLE").with(month.toString());
    }
    int rate = rateOf(contractId).ratePercent();
    byte[] seedBytes = new byte[8];
    RANDOM.nextBytes(seedBytes);
    String seed = HexFormat.of().formatHex(seedBytes);
    List<String> drawn = SampleDraw.draw(seed, population, rate);
    Sample s =
        new Sample(
            UUID.randomUUID().toString(),
            contractId,
            c.buyerOrg(),
            c.providerOrg(),
            month,
            rate,
            seed,
            SampleDraw.ALGORITHM,
            population.size(),
            drawn.size(),
            SampleDraw.digest(population),
            Sample.Status.ACTIVE,
            requestContext.personId(),
            requestContext.actor(),
            Instant.now(),
            null,
            null,
            null);
    repository.addSample(s, population, drawn);
    auditLog.record(
        "PURCHASE_SAMPLE_DRAWN",
        "purchase_sample",
        s.id(),
        null,
        "{\"month\":\""
            + month
            + "\",\"ratePercent\":"
            + rate
            + ",\"seed\":\""
            + seed
            + "\",\"population\":"
            + population.size()
            + ",\"sample\":"
            + drawn.size()
            + "}");
    return s;
  }

  public Sample discard(String contractId, String sampleId, String reason) {
    access.requireOrgAdmin();
    access.buyerSide(contractId);
    Sample s = repository.lockSample(contractId, sampleId).orElseThrow(Sampling::notFound);
    String why = Rectifications.text("reason", reason, 500, "REASON_REQUIRED", "REASON_TOO_LONG");
    if (s.status() != Sample.Status.ACTIVE) {
      throw DomainException.conflict("SAMPLE_DISCARDED");
    }
    // A draw whose results are known is kept: discarding it would let a buyer draw again for a
    // kinder sample.
    if (repository.hasChecks(sampleId)) {
      throw DomainException.conflict("SAMPLE_ALREADY_CHECKED");
    }
    Sample next = s.discarded(requestContext.actor(), Instant.now(), why);
    repository.discardSample(next);
    auditLog.record(
        "PURCHASE_SAMPLE_DISCARDED",
        "purchase_sample",
        sampleId,
        "{\"status\":\"ACTIVE\"}",
        "{\"status\":\"DISCARDED\"}");
    return next;
  }

  public Sample get(String contractId, String sampleId) {
    buyerRead(contractId);
    return repository.findSample(contractId, sampleId).orElseThrow(Sampling::notFound);
  }

  /** The buyer's samples of the contract, newest month first; the provider's copy holds none. */
  public Page<Sample> list(String contractId, YearMonth month, PageRequest page) {
    Contract c = access.readable(contractId);
    String after = page.afterId();
    if (c.side() != Side.BUYER) {
      return page.page(List.of(), Sample::id);
    }
    return page.page(
        repository.listSamples(contractId, month, after, page.limit() + 1), Sampling::key);
  }

  static String key(Sample s) {
    return s.month() + "~" + String.format("%015d", s.drawnAt().toEpochMilli()) + "~" + s.id();
  }

  public Verification verify(String contractId, String sampleId) {
    Sample s = get(contractId, sampleId);
    List<String> members = repository.members(sampleId);
    List<String> stored = repository.drawn(sampleId);
    List<String> recomputed = SampleDraw.draw(s.seed(), members, s.ratePercent());
    String digest = SampleDraw.digest(members);
    List<String> now = repository.population(contractId, s.month());
    return new Verification(
        s,
        stored,
        recomputed,
        stored.equals(recomputed),
        digest,
        digest.equals(s.populationDigest()),
        now.size(),
        SampleDraw.digest(now).equals(s.populationDigest()));
  }

  /** Sampled orders with their check history; the provider's copy holds none. */
  public Page<SampledOrder> sampledOrders(
      String contractId, String sampleId, CheckResult result, PageRequest page) {
    Contract c = access.readable(contractId);
    String after = page.afterId();
    if (c.side() != Side.BUYER) {
      return page.page(List.of(), SampledOrder::orderId);
    }
    if (sampleId != null) {
      repository.findSample(contractId, sampleId).orElseThrow(Sampling::notFound);
    }
    return page.page(
        repository.sampledOrders(contractId, sampleId, result, after, page.limit() + 1),
        o -> orderKey(o));
  }

  static String orderKey(SampledOrder o) {
    return o.sampleId() + "~" + String.format("%09d", o.position());
  }

  public SampledOrder check(RecordCheck cmd) {
    access.buyerSide(cmd.contractId());
    Sample s =
        repository.lockSample(cmd.contractId(), cmd.sampleId()).orElseThrow(Sampling::notFound);
    SampledOrder o =
        repository
            .sampledOrder(s.id(), cmd.orderId())
            .orElseThrow(() -> DomainException.notFound("SAMPLED_ORDER_NOT_FOUND"));
    if (cmd.result() == null) {
      throw DomainException.invalidField("result", "CHECK_RESULT_REQUIRED");
    }
    String note = Rectifications.optionalText("note", cmd.note(), 500);
    if (s.status() != Sample.Status.ACTIVE) {
      throw DomainException.conflict("SAMPLE_DISCARDED");
    }
    SampleCheck latest = o.latest();
    String reason = null;
    if (latest != null) {
      reason =
          Rectifications.text("reason", cmd.reason(), 500, "REASON_REQUIRED", "REASON_TOO_LONG");
      if (latest.result() == cmd.result()) {
        throw DomainException.conflict("CHECK_UNCHANGED").with(latest.result().name());
      }
      if (repository.pendingRectification(o.orderId())) {
        throw DomainException.conflict("RECTIFICATION_PENDING");
      }
    } else if (cmd.reason() != null && !cmd.reason().isBlank()) {
      reason = Rectifications.optionalText("reason", cmd.reason(), 500);
    }
    addCheck(s, o, cmd.result(), note, reason, null);
    return repository.sampledOrder(s.id(), o.orderId()).orElseThrow();
  }

  public void addCheck(
      Sample s, SampledOrder o, CheckResult result, String note, String reason, String rectId) {
    SampleCheck latest = o.latest();
    SampleCheck c =
        new SampleCheck(
            s.id(),
            o.orderId(),
            latest == null ? 1 : latest.seq() + 1,
            s.contractId(),
            result,
            note,
            reason,
            rectId,
            requestContext.personId(),
            requestContext.actor(),
            Instant.now());
    repository.addCheck(c);
    auditLog.record(
        "PURCHASE_SAMPLE_CHECKED",
        "purchase_order",
        o.orderId(),
        latest == null ? null : "{\"result\":\"" + latest.result().name() + "\"}",
        "{\"sample\":\"" + s.id() + "\",\"result\":\"" + result.name() + "\"}");
  }

  private void buyerRead(String contractId) {
    Contract c = access.readable(contractId);
    if (c.side() != Side.BUYER) {
      throw notFound();
    }
  }

  static DomainException notFound() {
    return DomainException.notFound("SAMPLE_NOT_FOUND");
  }

  static LocalDate today() {
    return ChinaTime.today();
  }
}
