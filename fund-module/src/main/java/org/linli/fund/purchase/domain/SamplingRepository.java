package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Samples, check results and rectifications on the caller's copy (V64). */
public interface SamplingRepository {
  Optional<Integer> rate(String contractId);

  void saveRate(String contractId, int ratePercent, String by, Instant at);

  /** The contract's completed orders with a service date in the month, by id. */
  List<String> population(String contractId, YearMonth month);

  Optional<Sample> activeSample(String contractId, YearMonth month);

  Optional<Sample> findSample(String contractId, String sampleId);

  Optional<Sample> lockSample(String contractId, String sampleId);

  void addSample(Sample s, List<String> population, List<String> drawn);

  void discardSample(Sample s);

  List<Sample> listSamples(String contractId, YearMonth month, String afterKey, int limit);

  /** The population held for the draw (all members, sampled or not), by id. */
  List<String> members(String sampleId);

  /** The drawn orders in rank order. */
  List<String> drawn(String sampleId);

  /** Sampled orders with their check history; ordered by (sample id, position). */
  List<SampledOrder> sampledOrders(
      String contractId, String sampleId, CheckResult result, String afterKey, int limit);

  Optional<SampledOrder> sampledOrder(String sampleId, String orderId);

  boolean hasChecks(String sampleId);

  void addCheck(SampleCheck c);

  /** Orders of the contract's ACTIVE sample of the month whose latest check is FAILED. */
  List<String> failedOrders(String contractId, YearMonth month);

  Optional<Rectification> findRectification(String contractId, String id);

  Optional<Rectification> lockRectification(String contractId, String id);

  boolean pendingRectification(String orderId);

  void saveRectification(Rectification r);

  List<Rectification> listRectifications(
      String contractId,
      RectificationStatus status,
      Boolean late,
      java.time.LocalDate today,
      Instant afterAt,
      String afterId,
      int limit);

  /** Copies the caller's rectification onto the other party's copy (V64). */
  String followRectification(String id);
}
