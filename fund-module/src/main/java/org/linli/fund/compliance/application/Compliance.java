package org.linli.fund.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linli.fund.accounting.application.Funds;
import org.linli.fund.accounting.domain.BooksQueries;
import org.linli.fund.accounting.domain.Fund;
import org.linli.fund.accounting.domain.FundRepository;
import org.linli.fund.compliance.domain.ComplianceProfile;
import org.linli.fund.compliance.domain.ComplianceRepository;
import org.linli.fund.compliance.domain.ComplianceRepository.DisclosureRecord;
import org.linli.fund.compliance.domain.DisclosureItem;
import org.linli.fund.compliance.domain.DisclosureKind;
import org.linli.fund.compliance.domain.MeterReading;
import org.linli.fund.compliance.domain.OrgType;
import org.linli.fund.compliance.domain.PriorYearIncome;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/** The compliance meter from the books, the profile behind it, and the disclosure calendar. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Compliance {
  @Inject ComplianceRepository repository;
  @Inject BooksQueries books;
  @Inject FundRepository fundRepository;
  @Inject Funds funds;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  public record ReplaceProfile(
      long expectedVersion, OrgType type, boolean publicFundraising, boolean threeYearAverage) {}

  public record RegisterTransaction(String title, LocalDate occurredOn) {}

  public record MarkDisclosed(String key, LocalDate disclosedOn, String reference) {}

  public ComplianceProfile profile() {
    return repository.profile().orElse(ComplianceProfile.defaults());
  }

  public ComplianceProfile replaceProfile(ReplaceProfile c) {
    ComplianceProfile now = profile();
    if (now.version() != c.expectedVersion()) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    ComplianceProfile next =
        new ComplianceProfile(
            now.version() + 1,
            c.type(),
            c.publicFundraising(),
            c.threeYearAverage(),
            requestContext.actor(),
            Instant.now());
    if (!repository.addProfile(next)) {
      throw new DomainException(ErrorKind.PRECONDITION_FAILED, "VERSION_MISMATCH");
    }
    auditLog.record(
        "COMPLIANCE_PROFILE_CHANGED",
        "compliance_profile",
        Long.toString(next.version()),
        "{\"type\":\"" + now.type() + "\",\"publicFundraising\":" + now.publicFundraising() + "}",
        "{\"type\":\""
            + next.type()
            + "\",\"publicFundraising\":"
            + next.publicFundraising()
            + "}");
    return next;
  }

  /**
   * The year's meter: the year to date (today for the current year, 31 December for a past one) and
   * the year-end forecast.
   */
  public MeterReading meter(int year) {
    LocalDate today = ChinaTime.today();
    if (year > today.getYear()) {
      throw DomainException.invalidField("year", "COMPLIANCE_YEAR_IN_FUTURE");
    }
    LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    ComplianceProfile profile = profile();
    int years = profile.threeYearAverage() ? 3 : 1;
    long income = 0;
    long netAssets = 0;
    for (int y = year - years; y < year; y++) {
      income += income(y);
      netAssets += netAssetsAtEndOf(y);
    }
    Map<String, Long> toDate = byAccount(books.activity(LocalDate.of(year, 1, 1), asOf));
    long spending = toDate.getOrDefault("5101", 0L);
    long management = toDate.getOrDefault("5201", 0L);
    long expenses =
        toDate.entrySet().stream()
            .filter(e -> e.getKey().startsWith("5"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    return MeterReading.of(
        profile, year, asOf, income / years, netAssets / years, spending, management, expenses);
  }

  /**
   * 上年总收入 as 第十条 defines it: the income accounts' movement in the year (closing vouchers left out),
   * less restricted income that its fund's time restriction kept from being used in the year, plus
   * the net assets released from a time restriction in the year ({@link PriorYearIncome}; ADR
   * 0014). With three-year averages each year is adjusted the same way before averaging.
   */
  private long income(int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    long actual =
        -byAccount(books.activity(from, to)).entrySet().stream()
            .filter(e -> e.getKey().startsWith("4"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    List<PriorYearIncome.FundYear> funds =
        books.timeRestrictedFunds(from, to).stream()
            .map(
                f ->
                    new PriorYearIncome.FundYear(
                        f.restrictedUntil(),
                        f.restrictedIncome(),
                        f.releases().stream()
                            .map(r -> new PriorYearIncome.Release(r.date(), r.amount()))
                            .toList()))
            .toList();
    return PriorYearIncome.of(year, actual, funds).adjusted();
  }

  /** 年末净资产: net assets plus income less expense not yet closed into them (credit-positive). */
  private long netAssetsAtEndOf(int year) {
    return -books.balancesAt(LocalDate.of(year, 12, 31)).entrySet().stream()
        .filter(e -> "345".indexOf(e.getKey().charAt(0)) >= 0)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Leaf movements summed per 4-digit standard account (sub-accounts included once). */
  private static Map<String, Long> byAccount(Map<String, Long> movements) {
    Map<String, Long> out = new HashMap<>();
    movements.forEach((code, amount) -> out.merge(code.substring(0, 4), amount, Long::sum));
    return out;
  }

  /** The items due: last year's annual report, registered transactions, ended funds with money. */
  public List<DisclosureItem> calendar() {
    LocalDate today = ChinaTime.today();
    Map<String, DisclosureRecord> records = new HashMap<>();
    repository.disclosures().forEach(r -> records.put(r.key(), r));
    Map<String, DisclosureItem> items = new HashMap<>();
    DisclosureItem annual = DisclosureItem.annualReport(today.getYear() - 1);
    items.put(annual.key(), annual);
    for (DisclosureRecord r : records.values()) {
      DisclosureItem item =
          switch (r.kind()) {
            case ANNUAL_REPORT -> DisclosureItem.annualReport(r.arose().getYear());
            case MAJOR_TRANSACTION ->
                DisclosureItem.majorTransaction(
                    r.key().substring("MAJOR_TRANSACTION-".length()), r.title(), r.arose());
            case PROJECT_LEFTOVER ->
                DisclosureItem.projectLeftover(
                    r.key().substring("PROJECT_LEFTOVER-".length()), r.title(), r.arose());
          };
      items.put(item.key(), item);
    }
    for (Fund f : endedFunds(today)) {
      if (funds.balance(f.id()) > 0) {
        DisclosureItem item =
            DisclosureItem.projectLeftover(f.id().toString(), f.name(), f.endDate());
        items.putIfAbsent(item.key(), item);
      }
    }
    List<DisclosureItem> out = new ArrayList<>();
    for (DisclosureItem item : items.values()) {
      DisclosureRecord r = records.get(item.key());
      out.add(
          r == null || r.disclosedOn() == null
              ? item
              : item.disclosed(r.disclosedOn(), r.reference()));
    }
    out.sort(Comparator.comparing(DisclosureItem::due).thenComparing(DisclosureItem::key));
    return out;
  }

  public Page<DisclosureItem> calendar(PageRequest page) {
    return page.slice(calendar(), i -> PageRequest.key(i.due(), i.key()));
  }

  private List<Fund> endedFunds(LocalDate today) {
    List<Fund> ended = new ArrayList<>();
    String afterName = null;
    String afterId = null;
    List<Fund> batch;
    do {
      batch = fundRepository.list(afterName, afterId, 100);
      for (Fund f : batch) {
        if (f.endDate() != null && f.endDate().isBefore(today)) {
          ended.add(f);
        }
        afterName = f.name();
        afterId = f.id().toString();
      }
    } while (batch.size() == 100);
    return ended;
  }

  public DisclosureItem registerTransaction(RegisterTransaction c) {
    if (c.occurredOn().isAfter(ChinaTime.today())) {
      throw DomainException.invalidField("occurredOn", "DISCLOSURE_EVENT_IN_FUTURE");
    }
    String id = UUID.randomUUID().toString();
    DisclosureItem item = DisclosureItem.majorTransaction(id, c.title(), c.occurredOn());
    repository.addDisclosure(
        new DisclosureRecord(
            item.key(),
            DisclosureKind.MAJOR_TRANSACTION,
            c.title(),
            c.occurredOn(),
            null,
            null,
            requestContext.actor(),
            Instant.now()));
    auditLog.record(
        "DISCLOSURE_REGISTERED",
        "compliance_disclosure",
        item.key(),
        null,
        "{\"due\":\"" + item.due() + "\"}");
    return item;
  }

  /** Records that an item was disclosed (on the 慈善中国 platform), with a reference. */
  public DisclosureItem markDisclosed(MarkDisclosed c) {
    LocalDate today = ChinaTime.today();
    if (c.disclosedOn().isAfter(today)) {
      throw DomainException.invalidField("disclosedOn", "DISCLOSURE_DATE_IN_FUTURE");
    }
    DisclosureItem item =
        calendar().stream()
            .filter(i -> i.key().equals(c.key()))
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("DISCLOSURE_NOT_FOUND"));
    if (item.disclosedOn() != null) {
      throw DomainException.conflict("DISCLOSURE_ALREADY_DONE").with(item.disclosedOn().toString());
    }
    String actor = requestContext.actor();
    Instant now = Instant.now();
    boolean written =
        repository.addDisclosure(
                new DisclosureRecord(
                    item.key(),
                    item.kind(),
                    item.title(),
                    item.arose(),
                    c.disclosedOn(),
                    c.reference(),
                    actor,
                    now))
            || repository.markDisclosed(item.key(), c.disclosedOn(), c.reference(), actor, now);
    if (!written) {
      throw DomainException.conflict("DISCLOSURE_ALREADY_DONE")
          .with(String.valueOf(c.disclosedOn()));
    }
    auditLog.record(
        "DISCLOSURE_DONE",
        "compliance_disclosure",
        item.key(),
        null,
        "{\"disclosedOn\":\"" + c.disclosedOn() + "\"}");
    return item.disclosed(c.disclosedOn(), c.reference());
  }
}
