package org.linli.fund.compliance.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * One disclosure the organization owes: what, when it arose and when it is due, and whether (and
 * when) it was disclosed. {@code key} names it stably ("ANNUAL_REPORT-2025",
 * "PROJECT_LEFTOVER-<fund id>", "MAJOR_TRANSACTION-<id>").
 */
public record DisclosureItem(
    String key,
    DisclosureKind kind,
    String title,
    LocalDate arose,
    LocalDate due,
    LocalDate disclosedOn,
    String reference) {

  public static final MonthDay ANNUAL_REPORT_DUE = MonthDay.of(5, 31);
  public static final int MAJOR_TRANSACTION_DAYS = 30;
  public static final int PROJECT_LEFTOVER_MONTHS = 3;

  public enum Status {
    DONE,
    DONE_LATE,
    DUE,
    OVERDUE
  }

  public Status status(LocalDate today) {
    if (disclosedOn != null) {
      return disclosedOn.isAfter(due) ? Status.DONE_LATE : Status.DONE;
    }
    return today.isAfter(due) ? Status.OVERDUE : Status.DUE;
  }

  public static DisclosureItem annualReport(int year) {
    return new DisclosureItem(
        "ANNUAL_REPORT-" + year,
        DisclosureKind.ANNUAL_REPORT,
        year + " 年度工作报告和财务会计报告",
        LocalDate.of(year, 12, 31),
        ANNUAL_REPORT_DUE.atYear(year + 1),
        null,
        null);
  }

  public static DisclosureItem majorTransaction(String id, String title, LocalDate occurred) {
    return new DisclosureItem(
        "MAJOR_TRANSACTION-" + id,
        DisclosureKind.MAJOR_TRANSACTION,
        title,
        occurred,
        occurred.plusDays(MAJOR_TRANSACTION_DAYS),
        null,
        null);
  }

  public static DisclosureItem projectLeftover(String fundId, String fundName, LocalDate ended) {
    return new DisclosureItem(
        "PROJECT_LEFTOVER-" + fundId,
        DisclosureKind.PROJECT_LEFTOVER,
        fundName,
        ended,
        ended.plusMonths(PROJECT_LEFTOVER_MONTHS),
        null,
        null);
  }

  public DisclosureItem disclosed(LocalDate on, String ref) {
    return new DisclosureItem(key, kind, title, arose, due, on, ref);
  }
}
