package org.linli.fund.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.linli.fund.accounting.application.Books;
import org.linli.fund.accounting.application.Funds;
import org.linli.fund.accounting.application.PeriodClose;
import org.linli.fund.disbursement.application.Beneficiaries.BeneficiaryInput;
import org.linli.fund.disbursement.application.DisbursementRules;
import org.linli.fund.disbursement.application.Disbursements;
import org.linli.fund.disbursement.application.FastLane;
import org.linli.fund.disbursement.domain.Beneficiary;
import org.linli.fund.donation.application.DonationCommands.GiftFacts;
import org.linli.fund.donation.application.DonationCommands.RecordCash;
import org.linli.fund.donation.application.DonationCommands.RecordInKind;
import org.linli.fund.donation.application.DonationCommands.RecordPledge;
import org.linli.fund.donation.application.DonationCommands.RegisterDonor;
import org.linli.fund.donation.application.Donations;
import org.linli.fund.donation.application.Donors;
import org.linli.fund.donation.domain.Donation;
import org.linli.fund.donation.domain.Donor;
import org.linli.fund.receipt.application.ReceiptCommands.IssueReceipt;
import org.linli.fund.receipt.application.ReceiptCommands.RegisterSeries;
import org.linli.fund.receipt.application.Receipts;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.kernel.time.ChinaTime;
import org.linli.tenant.domain.membership.Membership;
import org.linli.tenant.domain.membership.MembershipRepository;

/**
 * The demo books through the use cases, each step in its own transaction as the person who would do
 * it: finance (陈静) keeps the books, staff (李强) asks for payments and pays in the fast lane, and a
 * second approver (the org-admin 王丽) signs what is over one approver's limit. Dates run over the
 * twelve months up to this one, so the books always hold "a year".
 */
@ApplicationScoped
public class FundDemoSeeder {
  @Inject RequestContext requestContext;
  @Inject TenantSession tenantSession;
  @Inject MembershipRepository memberships;
  @Inject Books books;
  @Inject Funds funds;
  @Inject Donors donors;
  @Inject Donations donations;
  @Inject Receipts receipts;
  @Inject DisbursementRules rules;
  @Inject Disbursements disbursements;
  @Inject FastLane fastLane;
  @Inject PeriodClose periodClose;

  /** What later steps need of the first: the funds and the first month of the year. */
  public record Year(UUID charityFund, UUID reliefFund, YearMonth first) {
    LocalDate day(int monthOffset, int dayOfMonth) {
      return first.plusMonths(monthOffset).atDay(dayOfMonth);
    }
  }

  /**
   * Runs one step in its own request context and transaction, admitted to the organization as its
   * first active member holding {@code role} (a request context is admitted once, so each person's
   * part is a step of its own).
   */
  @ActivateRequestContext
  @Transactional
  public <T> T as(String org, OrgRole role, Supplier<T> step) {
    TenantId tenant = TenantId.of(org);
    tenantSession.bind(tenant);
    Membership member =
        memberships.listActive(null, 100).stream()
            .filter(m -> m.roles().contains(role))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("demo member missing: " + role));
    requestContext.admitted(tenant, member.personId(), Set.of(role.wireName()));
    tenantSession.bind(tenant);
    return step.get();
  }

  boolean booksEmpty() {
    return funds.list(PageRequest.of(1, null)).items().isEmpty();
  }

  /** Finance: the funds, the donors, their gifts and the receipts. */
  Year fundsDonationsAndReceipts() {
    YearMonth first = YearMonth.from(ChinaTime.today()).minusMonths(11);
    books.ensureOpen();
    UUID charity =
        funds
            .create(
                new Funds.CreateFund(
                    null,
                    "社区慈善基金",
                    "资助辖区困难居民救助和社区服务项目",
                    "限用于鼓楼区困难居民救助与为老服务项目",
                    null,
                    20_000_000L,
                    first.atDay(1),
                    first.plusMonths(23).atEndOfMonth()))
            .fund()
            .id();
    UUID relief =
        funds
            .create(
                new Funds.CreateFund(
                    null,
                    "急难救助备用金",
                    "急难型临时救助先行支付（先救助、后补审批）",
                    "限用于急难型临时救助",
                    null,
                    5_000_000L,
                    first.atDay(1),
                    null))
            .fund()
            .id();
    Year year = new Year(charity, relief, first);

    String company =
        donors
            .register(
                new RegisterDonor(
                    Donor.Kind.COMPANY,
                    "南京鼓楼惠民超市有限公司",
                    null,
                    null,
                    "91320106MA1X000127",
                    "025-83000001"))
            .id();
    String liu =
        donors
            .register(
                new RegisterDonor(
                    Donor.Kind.INDIVIDUAL,
                    "刘芳",
                    "RESIDENT_ID",
                    "320106196804150027",
                    null,
                    "13851009001"))
            .id();
    String sun =
        donors
            .register(
                new RegisterDonor(
                    Donor.Kind.INDIVIDUAL,
                    "孙建国",
                    "RESIDENT_ID",
                    "320106197909230044",
                    null,
                    "13851009002"))
            .id();

    Donation companyGift =
        donations.recordCash(
            new RecordCash(
                gift(company, 5_000_000L, year.day(0, 15), charity, "定向捐赠社区慈善基金"),
                Donation.Channel.BANK,
                "工行转账 0115-0001"));
    Donation reliefGift =
        donations.recordCash(
            new RecordCash(
                gift(sun, 2_000_000L, year.day(1, 10), relief, "捐赠急难救助备用金"),
                Donation.Channel.BANK,
                "建行转账 0210-0002"));
    Donation liuGift =
        donations.recordCash(
            new RecordCash(
                gift(liu, 100_000L, year.day(2, 8), null, "支持机构日常运营"),
                Donation.Channel.WECHAT,
                "微信支付 4200001234"));
    donations.recordInKind(
        new RecordInKind(
            gift(company, 0L, year.day(4, 20), null, "捐赠食用油用于助餐服务"),
            "食用油（5L装）",
            "桶",
            new BigDecimal("200"),
            8_900L,
            Donation.ValuationBasis.SALES_PRICE,
            "供货方同期销售发票"));
    donations.recordPledge(
        new RecordPledge(
            gift(liu, 300_000L, year.day(10, 1), charity, "认捐社区慈善基金"),
            year.first().plusMonths(13).atEndOfMonth()));

    String series = receipts.register(new RegisterSeries("32010126", 1, 500)).id();
    for (Donation d : List.of(companyGift, reliefGift, liuGift)) {
      receipts.issue(new IssueReceipt(d.id(), series, null, "CS-01", "社区慈善捐赠", null));
    }
    return year;
  }

  /** Org-admin: one approver up to 2,000 元, two above; the fast lane on the relief fund. */
  Void approvalRules(Year year) {
    rules.replace(
        new DisbursementRules.ReplaceSettings(
            rules.current().version(), 200_000L, year.reliefFund(), 300_000L, 500_000L, 5));
    return null;
  }

  /** Staff: two requests against the charity fund, under and over one approver's limit. */
  List<UUID> requests(Year year) {
    UUID meals =
        disbursements
            .request(
                new Disbursements.RequestDisbursement(
                    year.charityFund(),
                    organization("鼓楼区宁海路街道长者食堂", "52320106MJ5000021L"),
                    "高龄独居老人助餐补贴（第二季度）",
                    150_000L,
                    List.of("助餐名册与签收单.pdf")))
            .id();
    UUID homes =
        disbursements
            .request(
                new Disbursements.RequestDisbursement(
                    year.charityFund(),
                    organization("南京安居适老化改造服务社", "92320106MA1X000313"),
                    "困难老人居家适老化改造（12户）",
                    800_000L,
                    List.of("改造方案与报价.pdf", "入户评估表.pdf")))
            .id();
    return List.of(meals, homes);
  }

  Void approve(UUID request) {
    disbursements.approve(request);
    return null;
  }

  Void pay(UUID request, String bankReference, LocalDate paidOn) {
    disbursements.pay(new Disbursements.PayDisbursement(request, bankReference, paidOn));
    return null;
  }

  /** Staff: two emergency payments; returns the one to backfill (the other stays overdue). */
  UUID fastPayments() {
    Instant now = Instant.now();
    UUID fire =
        fastLane
            .pay(
                new FastLane.FastPayment(
                    person("赵桂英", "320106194503010013"),
                    "家中失火临时生活救助",
                    "火灾",
                    200_000L,
                    List.of("社区走访记录.jpg"),
                    "微信转账 急-0001",
                    now.minus(Duration.ofHours(3))))
            .id();
    fastLane.pay(
        new FastLane.FastPayment(
            person("钱志明", "320106195207160038"),
            "突发重病住院临时救助",
            "重病",
            150_000L,
            List.of("住院证明.jpg"),
            "微信转账 急-0002",
            now.minus(Duration.ofDays(12))));
    return fire;
  }

  Void backfill(UUID payment) {
    fastLane.decideBackfill(new FastLane.BackfillDecision(payment, true, null));
    return null;
  }

  /** Finance: every month of the year before this one, in order. */
  Void closePastMonths(Year year) {
    YearMonth current = YearMonth.from(ChinaTime.today());
    for (YearMonth m = year.first(); m.isBefore(current); m = m.plusMonths(1)) {
      periodClose.close(m);
    }
    return null;
  }

  private static GiftFacts gift(String donor, long fen, LocalDate date, UUID fund, String purpose) {
    return new GiftFacts(
        donor, fen, date, fund == null ? null : fund.toString(), purpose, false, null);
  }

  private static BeneficiaryInput organization(String name, String creditCode) {
    return new BeneficiaryInput(Beneficiary.Kind.ORGANIZATION, name, null, null, creditCode);
  }

  private static BeneficiaryInput person(String name, String idNumber) {
    return new BeneficiaryInput(Beneficiary.Kind.PERSON, name, "RESIDENT_ID", idNumber, null);
  }
}
