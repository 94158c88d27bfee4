package org.linli.fund.receipt.domain;

/**
 * An amount in fen written in Chinese capitals (中文大写金额) as the 支付结算办法 prescribes for receipts and
 * bills: 壹贰叁… with 拾佰仟 inside each group of four digits and 万/亿/万亿 between groups; one 零 for any
 * run of zeros between non-zero digits (also across a group boundary); 整 after 元 or 角 when nothing
 * smaller follows; 零 before 分 when 角 is zero, and after 元 when the ones digit is zero but a 角
 * follows (壹仟陆佰捌拾元零叁角贰分). A leading ten is written 壹拾, as banks require.
 */
public final class ChineseAmount {
  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
  private static final String[] GROUPS = {"", "万", "亿", "万亿"};
  private static final long MAX_YUAN = 9_999_999_999_999_999L; // 16 digits of yuan (万亿 groups)

  private ChineseAmount() {}

  public static String of(long fen) {
    if (fen < 0) {
      throw new IllegalArgumentException("negative amount");
    }
    long yuan = fen / 100;
    if (yuan > MAX_YUAN) {
      throw new IllegalArgumentException("amount too large");
    }
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);
    StringBuilder out = new StringBuilder(integer(yuan));
    if (yuan > 0) {
      out.append('元');
    }
    if (jiao == 0 && cents == 0) {
      return yuan == 0 ? "零元整" : out.append('整').toString();
    }
    if (jiao > 0) {
      if (yuan > 0 && yuan % 10 == 0) {
        out.append('零');
      }
      out.append(DIGITS.charAt(jiao)).append('角');
      return cents == 0
          ? out.append('整').toString()
          : out.append(DIGITS.charAt(cents)).append('分').toString();
    }
    if (yuan > 0) {
      out.append('零');
    }
    return out.append(DIGITS.charAt(cents)).append('分').toString();
  }

  /** The yuan part without 元; empty for zero. */
  static String integer(long yuan) {
    StringBuilder out = new StringBuilder();
    boolean zeroPending = false;
    int groups = 0;
    for (long rest = yuan; rest > 0; rest /= 10_000) {
      groups++;
    }
    for (int g = groups - 1; g >= 0; g--) {
      int group = (int) (yuan / pow10000(g) % 10_000);
      if (group == 0) {
        zeroPending = out.length() > 0;
        continue;
      }
      if (out.length() > 0 && (zeroPending || group < 1000)) {
        out.append('零');
      }
      out.append(group(group)).append(GROUPS[g]);
      zeroPending = group % 10 == 0;
    }
    return out.toString();
  }

  /** One group of up to four digits, no leading 零, one 零 for inner zeros, none trailing. */
  private static String group(int value) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int pos = 3; pos >= 0; pos--) {
      int d = value / (int) Math.pow(10, pos) % 10;
      if (d == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(DIGITS.charAt(d)).append(IN_GROUP[pos]);
    }
    return out.toString();
  }

  private static long pow10000(int g) {
    long p = 1;
    for (int i = 0; i < g; i++) {
      p *= 10_000;
    }
    return p;
  }
}
