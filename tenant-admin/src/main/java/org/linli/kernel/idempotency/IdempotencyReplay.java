package org.linli.kernel.idempotency;

/** The stored first answer of a key, thrown out of the resource method to be answered as is. */
public class IdempotencyReplay extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String body;

  IdempotencyReplay(int status, String body) {
    super("Idempotent replay", null, false, false);
    this.status = status;
    this.body = body;
  }

  int status() {
    return status;
  }

  String body() {
    return body;
  }
}
