package org.linli.volunteer.points.domain;

import java.security.SecureRandom;

/** Pickup codes: 8 random digits from a CSPRNG (10^8 possibilities), never derived from ids. */
public final class PickupCodes {
  private static final SecureRandom RANDOM = new SecureRandom();

  private PickupCodes() {}

  public static String next() {
    return String.format("%08d", RANDOM.nextInt(100_000_000));
  }
}
