package org.linli.volunteer.record.domain;

import java.util.Arrays;

/**
 * Star level (星级志愿者) from cumulative approved hours: by default 100 / 300 / 600 / 1000 / 1500 hours
 * for one to five stars; regions may set other thresholds.
 */
public record StarLevel(int[] thresholdsHours) {
  public static final StarLevel DEFAULT = new StarLevel(new int[] {100, 300, 600, 1000, 1500});

  public StarLevel {
    for (int i = 1; i < thresholdsHours.length; i++) {
      if (thresholdsHours[i] <= thresholdsHours[i - 1]) {
        throw new IllegalArgumentException("star thresholds must increase");
      }
    }
    thresholdsHours = thresholdsHours.clone();
  }

  public static StarLevel parse(String csv) {
    return new StarLevel(
        Arrays.stream(csv.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray());
  }

  public int starsFor(long approvedMinutes) {
    int stars = 0;
    for (int threshold : thresholdsHours) {
      if (approvedMinutes >= threshold * 60L) {
        stars++;
      }
    }
    return stars;
  }
}
