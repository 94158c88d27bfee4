package org.linli.fund.purchase.domain;

import java.time.LocalDate;
import java.util.List;

/** An order of a sample with its place in the draw and its check history (oldest first). */
public record SampledOrder(
    String sampleId,
    int position,
    String orderId,
    String residentId,
    String itemCode,
    LocalDate serviceDate,
    String workerName,
    List<SampleCheck> checks) {
  public SampledOrder {
    checks = List.copyOf(checks);
  }

  /** The latest finding, or null before the first check. */
  public SampleCheck latest() {
    return checks.isEmpty() ? null : checks.get(checks.size() - 1);
  }
}
