package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.linli.integration.inbound.domain.InboundFile;
import org.linli.integration.inbound.domain.RosterRow.Rejection;
import org.linli.integration.inbound.infrastructure.InboundStore;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;

/** Staff read the lists their organization received, and each list's rejected rows. */
@ApplicationScoped
@Transactional
@TenantScoped
public class InboundFiles {
  @Inject InboundStore store;

  public Page<InboundFile> list(PageRequest page) {
    var after = page.afterInstantAndId();
    return page.page(
        store.files(
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        f -> PageRequest.key(f.receivedAt(), f.id()));
  }

  public InboundFile get(String id) {
    return store.file(id).orElseThrow(InboundFiles::notFound);
  }

  public Page<Rejection> rejectedRows(String fileId, PageRequest page) {
    get(fileId);
    Long after = page.afterLong();
    return page.page(
        store.rejected(fileId, after == null ? 0 : after.intValue(), page.limit() + 1),
        r -> String.valueOf(r.line()));
  }

  static DomainException notFound() {
    return DomainException.notFound("INBOUND_FILE_NOT_FOUND");
  }
}
