package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.linli.integration.inbound.domain.StaffTask;
import org.linli.integration.inbound.infrastructure.StaffTaskStore;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;

/** Staff list the tasks civil-affairs lists left them and resolve each once, with a note. */
@ApplicationScoped
@Transactional
@TenantScoped
public class StaffTasks {
  @Inject StaffTaskStore store;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** Resolve a task: what staff did (e.g. "settled to the heir 李四, certificate 123"). */
  public record ResolveTask(String taskId, String note) {}

  public Page<StaffTask> list(String status, PageRequest page) {
    var after = page.afterInstantAndId();
    return page.page(
        store.list(
            status,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        t -> PageRequest.key(t.createdAt(), t.id()));
  }

  public StaffTask resolve(ResolveTask c) {
    StaffTask task = store.find(c.taskId(), true).orElseThrow(StaffTasks::notFound);
    if (!task.open()) {
      throw DomainException.conflict("STAFF_TASK_NOT_OPEN").with(task.status());
    }
    store.resolve(task.id(), requestContext.actor(), c.note(), Instant.now());
    auditLog.record(
        "STAFF_TASK_RESOLVED",
        "integration_staff_task",
        task.id(),
        "{\"status\":\"OPEN\"}",
        Json.createObjectBuilder()
            .add("status", StaffTask.DONE)
            .add("kind", task.kind())
            .add("volunteerId", task.volunteerId())
            .add("note", c.note())
            .build()
            .toString());
    return store.find(task.id(), false).orElseThrow();
  }

  static DomainException notFound() {
    return DomainException.notFound("STAFF_TASK_NOT_FOUND");
  }
}
