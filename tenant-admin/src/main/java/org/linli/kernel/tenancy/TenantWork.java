package org.linli.kernel.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs work for one organization outside an HTTP request (a scheduled job): in a request context of
 * its own, admitted to that organization under a named system actor, so {@code @TenantScoped} use
 * cases bind their transactions to it exactly as for a request. The tenant comes from the
 * platform's own tenant registry, never from outside input.
 */
@ApplicationScoped
public class TenantWork {
  @Inject RequestContext requestContext;

  /**
   * Calls {@code work} as {@code actor} (the name written to audit records) for {@code tenant}.
   * Must be called from a thread without an active request (each call then gets a fresh context, so
   * one tenant's admission never leaks into the next call).
   */
  @ActivateRequestContext
  public <T> T call(TenantId tenant, String actor, Supplier<T> work) {
    if (requestContext.subject().isPresent() || requestContext.personId() != null) {
      throw new IllegalStateException("TenantWork runs jobs, not inside a request");
    }
    requestContext.authenticated(null, actor);
    requestContext.admitted(tenant, null, Set.of());
    return work.get();
  }
}
