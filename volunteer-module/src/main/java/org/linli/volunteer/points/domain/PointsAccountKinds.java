package org.linli.volunteer.points.domain;

/** Ledger account kinds of points (unit POINT) and the owner type of a volunteer's account. */
public final class PointsAccountKinds {
  /** The organization's source of points: it goes negative by what was issued. */
  public static final String ISSUED = "POINTS_ISSUED";

  /** A volunteer's points; never negative. */
  public static final String VOLUNTEER = "POINTS";

  /** Points spent in the shop. */
  public static final String REDEEMED = "POINTS_REDEEMED";

  /** Points that expired unspent. */
  public static final String EXPIRED = "POINTS_EXPIRED";

  public static final String VOLUNTEER_OWNER = "VOLUNTEER";

  private PointsAccountKinds() {}
}
