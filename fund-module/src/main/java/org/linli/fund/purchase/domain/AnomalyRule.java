package org.linli.fund.purchase.domain;

/**
 * The checks run on a completed order before money moves (ADR 0015, part B). Each raised rule is a
 * flag with the figures that explain it ({@link OrderFlag#args}).
 */
public enum AnomalyRule {
  /** The item does not serve the resident's group, or the service date is outside its validity. */
  RESIDENT_NOT_ELIGIBLE,
  /** The resident died or moved away on or before the service date. */
  RESIDENT_GONE,
  /** Checked in farther from the resident's address than the configured radius. */
  OUTSIDE_GEOFENCE,
  /** The visit lasted less than the item's minimum minutes. */
  SHORT_VISIT,
  /** The worker's visit overlaps another visit of the same worker. */
  WORKER_OVERLAP,
  /** A photo of this order is also evidence of another order. */
  DUPLICATE_PHOTO,
  /** Another order for the same resident, item and day. */
  DUPLICATE_ORDER,
  /** The order goes past the contracted quantity of its item. */
  OVER_QUANTITY,
  /** The worker could not have travelled from the previous visit in time. */
  IMPOSSIBLE_TRAVEL
}
