package org.linli.tenant.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.linli.kernel.audit.application.AuditQueries;
import org.linli.kernel.audit.domain.VerificationResult;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantWork;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * Verifies every organization's audit chain, e.g. after a restore from backup. Each chain is read
 * by the organization's own verification, admitted to that organization alone (a task on the
 * managed executor, since {@link TenantWork} never runs inside a request); only the verdict per
 * organization leaves it, never an audit record.
 */
@ApplicationScoped
public class PlatformAuditChecks {
  static final String ACTOR = "platform-audit-check";
  private static final int PAGE = 200;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject TenantWork tenantWork;
  @Inject AuditQueries audit;
  @Inject OrganizationRepository organizations;

  /** One organization's verdict. */
  public record TenantVerdict(String tenantId, VerificationResult result) {}

  public List<TenantVerdict> verifyAll() {
    List<TenantVerdict> verdicts = new ArrayList<>();
    for (String org : allOrganizations()) {
      verdicts.add(new TenantVerdict(org, verify(TenantId.of(org))));
    }
    return verdicts;
  }

  private VerificationResult verify(TenantId tenant) {
    try {
      return executor.submit(() -> tenantWork.call(tenant, ACTOR, audit::verify)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Audit verification interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("Audit verification failed for " + tenant.value(), e);
    }
  }

  private List<String> allOrganizations() {
    List<String> ids = new ArrayList<>();
    String after = null;
    while (true) {
      List<Organization> page =
          organizations.search(new OrganizationRepository.OrgSearch(null, null, null), after, PAGE);
      page.forEach(o -> ids.add(o.id()));
      if (page.size() < PAGE) {
        return ids;
      }
      after = page.get(page.size() - 1).id();
    }
  }
}
