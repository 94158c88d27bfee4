package org.linli.fund.demo;

import static org.linli.kernel.security.OrgRole.ORG_ADMIN;
import static org.linli.kernel.security.OrgRole.STAFF;
import static org.linli.kernel.security.OrgRole.VOLUNTEER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.linli.fund.purchase.application.Contracts;
import org.linli.fund.purchase.application.OrderFlags;
import org.linli.fund.purchase.application.Rectifications;
import org.linli.fund.purchase.application.Residents;
import org.linli.fund.purchase.application.Sampling;
import org.linli.fund.purchase.application.ServiceOrders;
import org.linli.fund.purchase.application.Settlements;
import org.linli.fund.purchase.domain.AnomalyRule;
import org.linli.fund.purchase.domain.CheckResult;
import org.linli.fund.purchase.domain.ContractItem;
import org.linli.fund.purchase.domain.ContractTerm;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.fund.purchase.domain.FlagStatus;
import org.linli.fund.purchase.domain.Rectification;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.ResidentStatus;
import org.linli.fund.purchase.domain.Sample;
import org.linli.fund.purchase.domain.SampledOrder;
import org.linli.fund.purchase.domain.ServiceUnit;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.persistence.DemoData;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.time.ChinaTime;

/**
 * Government service purchase (issue 20, part A): gulou-mz buys 居家养老 (助餐, 助洁, 精神慰藉) from
 * sunshine-sw; 20 residents on the roster and the contract; orders in the previous and the current
 * month, some delivered (check-in/out, the resident's code, 回访), some waiting; the previous month
 * sampled (30 %, one 不合格 with its answered 整改通知), then settled, invoiced and paid. Seeded once: a
 * buyer that already has contracts is left alone. After the books (order 50).
 */
@ApplicationScoped
public class PurchaseDemoData implements DemoData {
  static final String BUYER = "gulou-mz";
  static final String PROVIDER = "sunshine-sw";
  static final String[] NAMES = {
    "王秀英", "李桂兰", "张凤英", "刘玉珍", "陈淑珍", "杨桂芳", "赵玉兰", "黄秀兰", "周桂英", "吴玉梅",
    "徐国强", "孙建华", "胡志明", "朱德明", "高振华", "林永福", "何国庆", "郭春生", "马金宝", "罗德胜"
  };
  static final EligibilityCategory[] CATEGORIES = {
    EligibilityCategory.ELDERLY,
    EligibilityCategory.DIBAO,
    EligibilityCategory.TEKUN,
    EligibilityCategory.DISABLED
  };

  @Inject FundDemoSeeder seeder;
  @Inject Contracts contracts;
  @Inject Residents residents;
  @Inject ServiceOrders orders;
  @Inject OrderFlags flags;
  @Inject Settlements settlements;
  @Inject Sampling sampling;
  @Inject Rectifications rectifications;
  @Inject RequestContext requestContext;

  @Override
  public int order() {
    return 60;
  }

  @Override
  public void load() {
    if (!seeder.as(
        BUYER, ORG_ADMIN, () -> contracts.list(null, PageRequest.of(1, null)).items().isEmpty())) {
      return;
    }
    LocalDate start = ChinaTime.today().withDayOfMonth(1).minusMonths(1);
    String contract =
        seeder.as(
            BUYER,
            ORG_ADMIN,
            () -> {
              String id = contracts.draft(draft(start)).contract().id();
              contracts.submit(id);
              return id;
            });
    seeder.as(PROVIDER, ORG_ADMIN, () -> contracts.decide(contract, true, null));
    seeder.as(BUYER, ORG_ADMIN, () -> contracts.publish(contract, true));
    List<String> roster = seeder.as(BUYER, ORG_ADMIN, () -> roster(contract, start));
    String worker = seeder.as(PROVIDER, VOLUNTEER, requestContext::personId);
    LocalDate today = ChinaTime.today();
    List<String> delivered = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      LocalDate day = i < 6 ? start.plusDays(3 + i * 4L) : today.withDayOfMonth(1).plusDays(i - 6);
      if (day.isAfter(today)) {
        day = today;
      }
      String item = i % 3 == 0 ? "MEAL_AID" : i % 3 == 1 ? "CLEANING" : "COMFORT";
      String resident = roster.get(i);
      LocalDate serviceDate = day;
      ServiceOrders.CreatedOrder created =
          seeder.as(
              BUYER,
              ORG_ADMIN,
              () ->
                  orders.create(
                      new ServiceOrders.CreateOrder(
                          contract, resident, item, serviceDate, "社区电话点单")));
      String id = created.order().id();
      if (i == 11) {
        continue; // waiting for dispatch
      }
      seeder.as(PROVIDER, STAFF, () -> orders.assign(id, worker));
      if (i == 10) {
        continue; // dispatched, not yet taken
      }
      seeder.as(PROVIDER, VOLUNTEER, () -> orders.accept(id));
      Resident.GeoPoint at = location(i);
      seeder.as(PROVIDER, VOLUNTEER, () -> orders.checkIn(id, at));
      seeder.as(PROVIDER, VOLUNTEER, () -> orders.confirm(id, created.confirmationCode()));
      seeder.as(PROVIDER, VOLUNTEER, () -> orders.checkOut(id, at));
      if (i < 8) {
        int score = i == 3 ? 3 : 5;
        seeder.as(BUYER, ORG_ADMIN, () -> orders.followUp(id, score, "电话回访"));
      }
      delivered.add(id);
    }
    anomalies(contract, roster, worker, delivered);
    sample(contract, start);
    settleLastMonth(contract, YearMonth.from(start));
  }

  /**
   * Acceptance sampling (part B): the buyer's 30 % sample of the settled (previous) month, one
   * order 不合格 with a rectification request the provider has answered (the buyer has yet to close
   * it), the others 合格.
   */
  void sample(String contract, LocalDate previousMonth) {
    YearMonth month = YearMonth.from(previousMonth);
    Sample drawn = seeder.as(BUYER, ORG_ADMIN, () -> sampling.draw(contract, month));
    List<String> orderIds =
        seeder.as(
            BUYER,
            ORG_ADMIN,
            () ->
                sampling
                    .sampledOrders(contract, drawn.id(), null, PageRequest.of(100, null))
                    .items()
                    .stream()
                    .map(SampledOrder::orderId)
                    .toList());
    for (int i = 0; i < orderIds.size(); i++) {
      String order = orderIds.get(i);
      boolean failed = i == 0;
      seeder.as(
          BUYER,
          ORG_ADMIN,
          () ->
              sampling.check(
                  new Sampling.RecordCheck(
                      contract,
                      drawn.id(),
                      order,
                      failed ? CheckResult.FAILED : CheckResult.PASSED,
                      failed ? "电话回访: 服务对象反映未按约定时间上门, 服务记录不全" : "电话回访核实, 服务到位",
                      null)));
    }
    Rectification issued =
        seeder.as(
            BUYER,
            ORG_ADMIN,
            () ->
                rectifications.issue(
                    new Rectifications.Issue(
                        contract,
                        drawn.id(),
                        orderIds.get(0),
                        "请补齐该次服务的签到签退与照片记录, 并安排重新上门服务",
                        ChinaTime.today().plusDays(7))));
    seeder.as(
        PROVIDER,
        ORG_ADMIN,
        () ->
            rectifications.answer(
                new Rectifications.Answer(
                    contract,
                    issued.id(),
                    "已与服务对象确认并重新上门服务一次, 补充了服务照片; 已对服务人员进行培训",
                    sha256(DEMO_PNG))));
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The previous month settled and paid (issue 20, settlement): the buyer drafts and accepts it
   * (the open short visit is deducted with its reason), sunshine-sw posts the receivable and
   * invoices, the buyer pays today and sunshine-sw posts the receipt.
   */
  void settleLastMonth(String contract, YearMonth month) {
    Settlements.SettlementDetail draft =
        seeder.as(
            BUYER,
            ORG_ADMIN,
            () -> settlements.draft(new Settlements.DraftSettlement(contract, month)));
    String id = draft.settlement().id();
    String version = "\"" + draft.settlement().version() + "\"";
    Settlements.SettlementDetail accepted =
        seeder.as(BUYER, ORG_ADMIN, () -> settlements.accept(id, version));
    Settlements.SettlementDetail own =
        seeder.as(PROVIDER, ORG_ADMIN, () -> settlements.postBooks(id));
    String invoiceNo = "FP" + month.toString().replace("-", "") + "0001";
    long due = accepted.settlement().amountDue();
    seeder.as(
        PROVIDER,
        ORG_ADMIN,
        () ->
            settlements.invoice(
                new Settlements.Invoice(
                    id, "\"" + own.settlement().version() + "\"", invoiceNo, due)));
    Settlements.SettlementDetail buyerCopy = seeder.as(BUYER, ORG_ADMIN, () -> settlements.get(id));
    seeder.as(
        BUYER,
        ORG_ADMIN,
        () ->
            settlements.pay(
                new Settlements.Payment(
                    id,
                    "\"" + buyerCopy.settlement().version() + "\"",
                    ChinaTime.today(),
                    "GK" + month.toString().replace("-", "") + "-001")));
    seeder.as(PROVIDER, ORG_ADMIN, () -> settlements.postBooks(id));
  }

  /**
   * The issue's anomalies (part B): an order for a resident who died the day before, a duplicate
   * photo on two orders, and one short visit left open. The demo's visits are entered in a moment,
   * so every 助洁 and 精神慰藉 visit is short: the buyer accepts those flags with that reason and leaves
   * one open (the order of the fifth resident).
   */
  void anomalies(String contract, List<String> roster, String worker, List<String> delivered) {
    for (int i = 0; i < delivered.size(); i++) {
      String id = delivered.get(i);
      if (i == 4) {
        continue;
      }
      seeder.as(
          BUYER,
          ORG_ADMIN,
          () -> {
            if (flags.ofOrder(id).stream()
                .anyMatch(
                    f -> f.rule() == AnomalyRule.SHORT_VISIT && f.status() == FlagStatus.OPEN)) {
              flags.resolve(
                  id, "SHORT_VISIT", OrderFlags.Decision.ACCEPT, "演示数据: 签到与签退同时录入, 时长已电话核实");
            }
            return null;
          });
    }
    LocalDate today = ChinaTime.today();
    String gone = roster.get(12);
    seeder.as(
        BUYER,
        ORG_ADMIN,
        () ->
            residents.changeStatus(
                new Residents.ChangeStatus(
                    gone, ResidentStatus.DECEASED, today.minusDays(1), "家属告知")));
    visit(contract, gone, worker, 12, null);
    String first = visit(contract, roster.get(13), worker, 13, DEMO_PNG);
    visit(contract, roster.get(14), worker, 14, DEMO_PNG);
    // The buyer runs the rules again on the first: its photo is now on another order too.
    seeder.as(BUYER, ORG_ADMIN, () -> flags.reevaluate(first));
  }

  /** A 助餐 visit today, from order to check-out, with a photo when given. */
  String visit(String contract, String resident, String worker, int i, byte[] photo) {
    LocalDate today = ChinaTime.today();
    ServiceOrders.CreatedOrder created =
        seeder.as(
            BUYER,
            ORG_ADMIN,
            () ->
                orders.create(
                    new ServiceOrders.CreateOrder(
                        contract, resident, "MEAL_AID", today, "社区电话点单")));
    String id = created.order().id();
    Resident.GeoPoint at = location(i);
    seeder.as(PROVIDER, STAFF, () -> orders.assign(id, worker));
    seeder.as(PROVIDER, VOLUNTEER, () -> orders.accept(id));
    seeder.as(PROVIDER, VOLUNTEER, () -> orders.checkIn(id, at));
    if (photo != null) {
      seeder.as(PROVIDER, VOLUNTEER, () -> orders.photo(id, "image/png", photo, "DURING"));
    }
    seeder.as(PROVIDER, VOLUNTEER, () -> orders.confirm(id, created.confirmationCode()));
    seeder.as(PROVIDER, VOLUNTEER, () -> orders.checkOut(id, at));
    return id;
  }

  /** The smallest valid PNG (1x1), the photo of two demo orders. */
  static final byte[] DEMO_PNG =
      java.util.HexFormat.of()
          .parseHex(
              "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                  + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

  static Contracts.DraftContract draft(LocalDate start) {
    EnumSet<EligibilityCategory> all = EnumSet.allOf(EligibilityCategory.class);
    return new Contracts.DraftContract(
        PROVIDER,
        "GLMZ-JJYL-" + start.getYear() + "-01",
        "鼓楼区居家养老上门服务项目",
        "2081002 养老服务",
        new ContractTerm(start, start.plusYears(1).minusDays(1), false),
        60_000_000L,
        "服务对象满意度不低于 90%; 按时上门率不低于 95%",
        List.of(
            new ContractItem("MEAL_AID", "助餐", ServiceUnit.MEAL, 1500, 20000, 0, all),
            new ContractItem("CLEANING", "助洁", ServiceUnit.HOUR, 4000, 3000, 60, all),
            new ContractItem("COMFORT", "精神慰藉", ServiceUnit.VISIT, 5000, 2000, 30, all)));
  }

  List<String> roster(String contract, LocalDate start) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < NAMES.length; i++) {
      Resident r =
          residents.register(
              new Residents.RegisterResident(
                  NAMES[i],
                  "RESIDENT_ID",
                  idNumber(1930 + i, i),
                  null,
                  "南京市鼓楼区湖南路街道 " + (10 + i) + " 号",
                  location(i),
                  CATEGORIES[i % CATEGORIES.length],
                  i % 4 == 3 ? "中度失能" : null,
                  start.minusMonths(6),
                  null));
      residents.assign(contract, r.id());
      ids.add(r.id());
    }
    return ids;
  }

  static Resident.GeoPoint location(int i) {
    return new Resident.GeoPoint(
        new BigDecimal("32.060000").add(BigDecimal.valueOf(i * 7L, 4)),
        new BigDecimal("118.780000").add(BigDecimal.valueOf(i * 5L, 4)));
  }

  /** A valid 居民身份证 number of Gulou (320106) born on 1 March of {@code year}. */
  static String idNumber(int year, int seq) {
    String base = "320106" + year + "0301" + String.format("%03d", 100 + seq * 2);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (base.charAt(k) - '0') * weights[k];
    }
    return base + "10X98765432".charAt(sum % 11);
  }
}
