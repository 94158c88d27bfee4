package org.linli.kernel.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.domain.AuditHashChain;
import org.linli.kernel.audit.domain.StoredEntry;
import org.linli.kernel.audit.domain.VerificationResult;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;

/** Reading and verifying the request organization's audit chain. */
@ApplicationScoped
@Transactional
@TenantScoped
public class AuditQueries {
  private static final int VERIFY_BATCH = 1000;

  @Inject AuditLog auditLog;

  public Page<StoredEntry> records(PageRequest page) {
    long after = page.after() == null ? 0 : parseSeq(page.after());
    return page.page(auditLog.page(after, page.limit() + 1), e -> Long.toString(e.entry().seq()));
  }

  /**
   * Walks the whole chain in batches, recomputing every hash and link, then checks that it ends
   * where the head says, so records cut off the end are noticed too.
   */
  public VerificationResult verify() {
    AuditLog.Head head = auditLog.head();
    AuditHashChain.Verifier verifier = new AuditHashChain.Verifier();
    long after = 0;
    String lastHash = AuditHashChain.GENESIS;
    List<StoredEntry> batch;
    do {
      batch = auditLog.page(after, VERIFY_BATCH);
      batch.forEach(verifier::accept);
      if (!batch.isEmpty()) {
        StoredEntry last = batch.get(batch.size() - 1);
        after = last.entry().seq();
        lastHash = last.storedHash();
      }
    } while (batch.size() == VERIFY_BATCH);
    VerificationResult chain = verifier.result();
    if (chain.valid() && (after != head.lastSeq() || !lastHash.equals(head.lastHash()))) {
      return new VerificationResult(
          false,
          chain.recordsChecked(),
          after + 1,
          "chain ends at seq " + after + " but its head records seq " + head.lastSeq());
    }
    return chain;
  }

  private static long parseSeq(String cursor) {
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw DomainException.invalidField("cursor", "INVALID_CURSOR");
    }
  }
}
