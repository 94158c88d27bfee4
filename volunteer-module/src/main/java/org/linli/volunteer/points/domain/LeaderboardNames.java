package org.linli.volunteer.points.domain;

/** Names on the public leaderboard: the family name only, the rest masked (张伟 -> 张*). */
public final class LeaderboardNames {
  private LeaderboardNames() {}

  public static String mask(String name) {
    if (name == null || name.isBlank()) {
      return "*";
    }
    String s = name.strip();
    int first = s.offsetByCodePoints(0, 1);
    int rest = Math.max(1, s.codePointCount(first, s.length()));
    return s.substring(0, first) + "*".repeat(rest);
  }
}
