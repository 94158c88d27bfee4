package org.linli.kernel.idempotency;

import jakarta.enterprise.context.RequestScoped;
import org.linli.kernel.tenancy.TenantId;

/**
 * The Idempotency-Key of this request, as the request filter found it (key space, key and the
 * fingerprint of method, path and body), and whether its answer is settled: recorded with the
 * effect, or one that must not be recorded (a replay, a refusal of the key).
 */
@RequestScoped
public class IdempotentRequest {
  /** One request's key in its key space (the admitted organization, or the platform's). */
  public record Call(TenantId tenant, String key, String requestHash) {}

  private Call call;
  private boolean settled;

  void started(Call call) {
    this.call = call;
  }

  Call call() {
    return call;
  }

  void settle() {
    settled = true;
  }

  boolean settled() {
    return settled;
  }
}
