package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The buyer's draw of a month's completed orders of a contract: rate, seed, population and sample
 * sizes and the population's digest (see {@link SampleDraw}). ACTIVE until discarded with a reason.
 */
public record Sample(
    String id,
    String contractId,
    String buyerOrg,
    String providerOrg,
    YearMonth month,
    int ratePercent,
    String seed,
    String algorithm,
    int populationSize,
    int sampleSize,
    String populationDigest,
    Status status,
    String drawnBy,
    String drawnActor,
    Instant drawnAt,
    String discardedActor,
    Instant discardedAt,
    String discardReason) {
  public enum Status {
    ACTIVE,
    DISCARDED
  }

  public Sample discarded(String actor, Instant at, String reason) {
    return new Sample(
        id,
        contractId,
        buyerOrg,
        providerOrg,
        month,
        ratePercent,
        seed,
        algorithm,
        populationSize,
        sampleSize,
        populationDigest,
        Status.DISCARDED,
        drawnBy,
        drawnActor,
        drawnAt,
        actor,
        at,
        reason);
  }
}
