package org.linli.integration.outbox.domain;

/**
 * What one delivery attempt came to: delivered; failed for now (5xx, 408, 429, timeout, no
 * connection: retried with backoff); or failed for good (any other 4xx: straight to dead letters).
 */
public record DeliveryOutcome(Kind kind, String error) {
  public enum Kind {
    DELIVERED,
    TRANSIENT,
    PERMANENT,
    /** The flow has no endpoint configured: the event stays pending and counts no attempt. */
    NOT_CONFIGURED
  }

  public static DeliveryOutcome delivered() {
    return new DeliveryOutcome(Kind.DELIVERED, null);
  }

  public static DeliveryOutcome transientFailure(String error) {
    return new DeliveryOutcome(Kind.TRANSIENT, error);
  }

  public static DeliveryOutcome permanentFailure(String error) {
    return new DeliveryOutcome(Kind.PERMANENT, error);
  }

  public static DeliveryOutcome notConfigured() {
    return new DeliveryOutcome(Kind.NOT_CONFIGURED, null);
  }

  /** Classifies an HTTP status answered by the receiver. */
  public static DeliveryOutcome ofStatus(int status, String body) {
    if (status >= 200 && status < 300) {
      return delivered();
    }
    String error = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + clip(body));
    if (status == 408 || status == 429 || status >= 500) {
      return transientFailure(error);
    }
    return permanentFailure(error);
  }

  /** Error texts are kept short and on one line (they are stored and shown to staff). */
  public static String clip(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 500 ? oneLine.substring(0, 500) + "…" : oneLine;
  }
}
