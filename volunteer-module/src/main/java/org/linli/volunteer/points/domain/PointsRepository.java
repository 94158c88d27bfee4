package org.linli.volunteer.points.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rules, bonuses, lots and leaderboard data of the transaction's tenant. */
public interface PointsRepository {
  /**
   * Serializes the organization's points writes that read lots or stock and then change them
   * (redemptions, cancellations, pickups, expiry, rules, corrections): a transaction-scoped lock of
   * its own, not the audit chain's, whose head is locked last (at the end of each use case).
   */
  void lockOrganizationPoints();

  /** The version in force on {@code day}: latest effective date not after it, then highest. */
  Optional<PointsRuleVersion> ruleInForce(LocalDate day);

  List<PointsRuleVersion> rules();

  int nextRuleVersion();

  void addRule(PointsRuleVersion rule);

  Optional<Integer> bonusOf(String activityId);

  void setBonus(String activityId, int bonusPoints, Instant now);

  void addLot(PointLot lot);

  Optional<PointLot> lotOfRecord(String recordId);

  Optional<PointLot> findLot(String lotId);

  List<PointLot> lotsOf(String volunteerId);

  /**
   * Volunteers holding lots that are past their last valid day on {@code asOf} with points left.
   */
  List<String> volunteersWithLotsToExpire(LocalDate asOf);

  /** One leaderboard line; equal points share a rank (1, 2, 2, 4). */
  record Standing(String volunteerId, String volunteerNo, String name, long points, int rank) {}

  /**
   * Points earned in {@code year} per volunteer (minus claw-backs), opted-out volunteers left out,
   * most points first, then by volunteer number, strictly after ({@code afterPoints}, {@code
   * afterNo}) when given.
   */
  List<Standing> standings(int year, Long afterPoints, String afterNo, int limit);

  void optOut(String volunteerId, Instant now);

  void optIn(String volunteerId);

  boolean optedOut(String volunteerId);
}
