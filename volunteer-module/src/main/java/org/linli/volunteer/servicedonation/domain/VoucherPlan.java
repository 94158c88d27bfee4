package org.linli.volunteer.servicedonation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one voucher a run posts: newly approved hours are recognised Dr 510103 业务活动成本-服务捐赠 / Cr
 * 410103 捐赠收入-服务捐赠 (unrestricted, the same amount on both sides: a donated service is consumed as
 * it is received); hours booked before whose record was since superseded by a correction are taken
 * back by the opposite entry in the same voucher. Lines of zero are left out; a plan without lines
 * posts nothing. In DISCLOSE mode the new hours are only remembered (for the notes): they add no
 * line; an entry is always taken back in the mode it was recorded in, so only booked entries are
 * taken back in the voucher.
 */
public record VoucherPlan(List<ValuedRecord> added, List<ValuedRecord> reversed, List<Line> lines) {
  public static final String EXPENSE = "510103";
  public static final String INCOME = "410103";

  /** One line: exactly one side positive. */
  public record Line(String accountCode, long debitFen, long creditFen, String summary) {}

  public VoucherPlan {
    added = List.copyOf(added);
    reversed = List.copyOf(reversed);
    lines = List.copyOf(lines);
  }

  /** A RECOGNISE run's plan (the entries it takes back are booked ones). */
  public static VoucherPlan of(
      List<ValuedRecord> added, List<ValuedRecord> reversed, String month) {
    return of(
        ServiceDonationMode.RECOGNISE,
        added,
        reversed.stream()
            .map(r -> r.mode() == null ? r.in(ServiceDonationMode.RECOGNISE) : r)
            .toList(),
        month);
  }

  /**
   * The plan of a run in {@code mode} (RECOGNISE or DISCLOSE): {@code added} are recorded in that
   * mode; {@code reversed} carry the mode they were recorded in.
   */
  public static VoucherPlan of(
      ServiceDonationMode mode,
      List<ValuedRecord> added,
      List<ValuedRecord> reversed,
      String month) {
    if (mode != ServiceDonationMode.RECOGNISE && mode != ServiceDonationMode.DISCLOSE) {
      throw new IllegalArgumentException("a run recognises or discloses: " + mode);
    }
    added = added.stream().map(r -> r.in(mode)).toList();
    List<ValuedRecord> bookedAdded = added.stream().filter(ValuedRecord::booked).toList();
    List<ValuedRecord> bookedReversed = reversed.stream().filter(ValuedRecord::booked).toList();
    long in = sumFen(bookedAdded);
    long out = sumFen(bookedReversed);
    List<Line> lines = new ArrayList<>();
    if (in > 0) {
      String s = month + " 志愿服务捐赠 " + hoursText(sumMinutes(bookedAdded)) + " 小时";
      lines.add(new Line(EXPENSE, in, 0, s));
      lines.add(new Line(INCOME, 0, in, s));
    }
    if (out > 0) {
      String s = month + " 冲回已更正的志愿服务捐赠 " + hoursText(sumMinutes(bookedReversed)) + " 小时";
      lines.add(new Line(INCOME, out, 0, s));
      lines.add(new Line(EXPENSE, 0, out, s));
    }
    return new VoucherPlan(added, reversed, lines);
  }

  public boolean isEmpty() {
    return added.isEmpty() && reversed.isEmpty();
  }

  public long addedFen() {
    return sumFen(added);
  }

  public long reversedFen() {
    return sumFen(reversed);
  }

  public long addedMinutes() {
    return sumMinutes(added);
  }

  public long reversedMinutes() {
    return sumMinutes(reversed);
  }

  /** What the voucher posts: the new hours when recognised, and the booked entries taken back. */
  public boolean posts() {
    return !lines.isEmpty();
  }

  /** Whether something booked is taken back (then the books must be on the 2024 chart). */
  public boolean takesBackBooked() {
    return reversed.stream().anyMatch(ValuedRecord::booked);
  }

  public String summary(String month) {
    return month + " 志愿服务捐赠（服务捐赠）";
  }

  static long sumFen(List<ValuedRecord> rs) {
    return rs.stream().mapToLong(ValuedRecord::amountFen).reduce(0, Math::addExact);
  }

  static long sumMinutes(List<ValuedRecord> rs) {
    return rs.stream().mapToLong(ValuedRecord::minutes).reduce(0, Math::addExact);
  }

  static String hoursText(long minutes) {
    return java.math.BigDecimal.valueOf(minutes)
        .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }
}
