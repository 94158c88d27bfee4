package org.linli.fund.purchase.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The reproducible draw of a monthly sample: every order of the population gets the rank {@code
 * SHA-256(seed + "\n" + orderId)} (hex), and the {@code size} orders of lowest rank are the sample,
 * in rank order. Anyone holding the seed and the population (its order ids) gets the same sample
 * with nothing but SHA-256; the population's digest ({@code SHA-256} of its ids sorted and joined
 * by "\n") shows it is the same population.
 */
public final class SampleDraw {
  public static final String ALGORITHM = "SHA256-RANK-V1";

  private SampleDraw() {}

  /** The sample size for a rate in percent: rounded up, at least one order. */
  public static int size(int population, int ratePercent) {
    if (population <= 0) {
      return 0;
    }
    return Math.max(1, (int) Math.ceil(population * (ratePercent / 100.0)));
  }

  /** The drawn orders in rank order. */
  public static List<String> draw(String seed, List<String> population, int ratePercent) {
    int size = size(population.size(), ratePercent);
    List<String[]> ranked = new ArrayList<>();
    for (String id : new TreeSet<>(population)) {
      ranked.add(new String[] {sha256(seed + "\n" + id), id});
    }
    ranked.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));
    return ranked.subList(0, size).stream().map(r -> r[1]).toList();
  }

  public static String digest(List<String> population) {
    return sha256(String.join("\n", new TreeSet<>(population)));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
