package org.linli.kernel.tenancy;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/** The tenant the current JTA transaction is bound to; one per transaction, never changed. */
@TransactionScoped
public class TransactionTenant implements Serializable {
  private TenantId tenant;

  TenantId get() {
    return tenant;
  }

  void set(TenantId tenant) {
    this.tenant = tenant;
  }
}
