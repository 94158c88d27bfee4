package org.linli.kernel.audit.domain;

import java.util.Objects;

/** An audit entry as read back from storage, with the hash that was stored alongside it. */
public record StoredEntry(AuditEntry entry, String storedHash) {
  public StoredEntry {
    Objects.requireNonNull(entry, "entry");
  }
}
