package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.linli.integration.inbound.domain.NoticeRow.Notice;
import org.linli.integration.inbound.domain.StaffTask;
import org.linli.integration.inbound.infrastructure.StaffTaskStore;
import org.linli.integration.inbound.infrastructure.StaffTaskStore.Holding;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantSession;

/**
 * The time bank's deceased-holder rule, as far as a death notice goes: wherever the person is a
 * volunteer with time in the bank (in any organization, not only the one that received the notice)
 * and their time was not settled yet, a staff task is opened there, once per volunteer. Staff then
 * settle it through the time bank's own endpoint: never an automatic transfer. Each organization's
 * task is written in a transaction of its own, bound to that organization.
 */
@ApplicationScoped
public class DeceasedVolunteerTasks {
  @Inject StaffTaskStore store;
  @Inject TenantSession tenantSession;
  @Inject DeceasedVolunteerTasks self;

  /** {@code fileId} is a file of {@code receiver}, the organization that received the notice. */
  public void open(String personId, Notice notice, String receiver, String fileId) {
    for (Holding h : self.holdings(personId)) {
      if (h.minutes() > 0) {
        // A task points at its file only within the organization that received it.
        self.openIn(h, notice, h.tenantId().equals(receiver) ? fileId : null);
      }
    }
  }

  /** Reads across tenants only through the narrow function; binds no tenant. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Holding> holdings(String personId) {
    return store.holdings(personId);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean openIn(Holding h, Notice notice, String fileId) {
    tenantSession.bind(TenantId.of(h.tenantId()));
    if (store.settled(h.volunteerId())) {
      return false;
    }
    String detail =
        Json.createObjectBuilder()
            .add("name", notice.name())
            .add("idMasked", notice.idMasked())
            .add("dateOfDeath", notice.date().toString())
            .add("balanceMinutes", h.minutes())
            .build()
            .toString();
    return store.open(
        StaffTask.DECEASED_VOLUNTEER_BALANCE, h.volunteerId(), fileId, detail, Instant.now());
  }
}
