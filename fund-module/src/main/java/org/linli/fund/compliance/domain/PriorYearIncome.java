package org.linli.fund.compliance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * 上年总收入 as 第十条 of the 2016 三部门规定 (民发〔2016〕189号) defines it: "上年总收入为上年实际收入减去上年收入中时间限定为上年不得使用的限定性收入，
 * 再加上于上年解除时间限定的净资产". Amounts in fen.
 *
 * <p>How the books answer each part (ADR 0014, "第十条's adjustment"):
 *
 * <ul>
 *   <li><b>实际收入</b>: every 4xxx account's movement in the year, closing vouchers left out.
 *   <li><b>时间限定为上年不得使用的限定性收入</b>: restricted income (4xxx02 and its 明细) received in the year into a
 *       fund whose time restriction ({@code restrictedUntil}, the last day the money may not be
 *       used) reaches the year's last day or later: that money could not be used on any day of the
 *       year. Money that becomes usable within the year (restricted until 30 December, say) stays.
 *   <li><b>于上年解除时间限定的净资产</b>: the releases (限定性净资产 → 非限定性净资产) booked in the year on a fund with a
 *       time restriction and dated after it, i.e. released because the time passed (releases
 *       because the purpose was met are not time releases). Money a fund received in the same year
 *       is already in 实际收入 and was not subtracted (its restriction ended within the year), so a
 *       fund's time releases count only beyond its own receipts of the year: read literally, the
 *       article would count such money twice. The books follow what is booked: a restriction whose
 *       time passed without a release voucher adds nothing until the release is booked.
 * </ul>
 */
public record PriorYearIncome(
    int year, long actualIncome, long timeRestrictedIncome, long releasedFromTimeRestriction) {

  /** One fund's restricted income and releases in the year. */
  public record FundYear(LocalDate restrictedUntil, long restrictedIncome, List<Release> releases) {
    public FundYear {
      releases = List.copyOf(releases);
    }
  }

  /** A release voucher's amount moved out of 3102 for the fund, by its date. */
  public record Release(LocalDate date, long amount) {}

  /** 上年总收入 after 第十条's adjustment. */
  public long adjusted() {
    return actualIncome - timeRestrictedIncome + releasedFromTimeRestriction;
  }

  public static PriorYearIncome of(int year, long actualIncome, Collection<FundYear> funds) {
    LocalDate lastDay = LocalDate.of(year, 12, 31);
    long locked = 0;
    long released = 0;
    for (FundYear f : funds) {
      LocalDate until = f.restrictedUntil();
      if (until == null) {
        continue; // restricted by purpose only: neither part of the adjustment
      }
      if (!until.isBefore(lastDay)) {
        locked += f.restrictedIncome();
      }
      long timeReleases =
          f.releases().stream()
              .filter(r -> r.date().isAfter(until))
              .mapToLong(Release::amount)
              .sum();
      released += Math.max(0, timeReleases - Math.max(0, f.restrictedIncome()));
    }
    return new PriorYearIncome(year, actualIncome, locked, released);
  }
}
