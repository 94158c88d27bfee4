package org.linli.fund.demo;

import static org.linli.kernel.security.OrgRole.FINANCE;
import static org.linli.kernel.security.OrgRole.ORG_ADMIN;
import static org.linli.kernel.security.OrgRole.STAFF;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.linli.kernel.persistence.DemoData;

/**
 * A year of books for sunshine-sw (issue 19): donations from a company and two people (one in kind,
 * one pledged), a restricted 社区慈善基金 with disbursements, an emergency fund with a fast-lane payment
 * backfilled and one overdue, receipts issued, and every month before this one closed. Seeded once:
 * an organization whose books already hold funds is left alone.
 */
@ApplicationScoped
public class FundDemoData implements DemoData {
  static final String ORG = "sunshine-sw";

  @Inject FundDemoSeeder seeder;

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void load() {
    if (!seeder.as(ORG, FINANCE, seeder::booksEmpty)) {
      return;
    }
    FundDemoSeeder.Year year = seeder.as(ORG, FINANCE, seeder::fundsDonationsAndReceipts);
    seeder.as(ORG, ORG_ADMIN, () -> seeder.approvalRules(year));
    List<UUID> requests = seeder.as(ORG, STAFF, () -> seeder.requests(year));
    UUID meals = requests.get(0);
    UUID homes = requests.get(1);
    seeder.as(ORG, FINANCE, () -> seeder.approve(meals));
    seeder.as(ORG, FINANCE, () -> seeder.pay(meals, "工行转账 0615-0031", year.day(5, 15)));
    seeder.as(ORG, FINANCE, () -> seeder.approve(homes));
    seeder.as(ORG, ORG_ADMIN, () -> seeder.approve(homes));
    seeder.as(ORG, FINANCE, () -> seeder.pay(homes, "工行转账 0910-0047", year.day(8, 10)));
    UUID fire = seeder.as(ORG, STAFF, seeder::fastPayments);
    seeder.as(ORG, FINANCE, () -> seeder.backfill(fire));
    seeder.as(ORG, FINANCE, () -> seeder.closePastMonths(year));
  }
}
