package org.linli.kernel.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs inside {@code @Transactional} (whose interceptor has a lower priority) so the tenant is
 * bound to the transaction before the first query.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class TenantScopedInterceptor {
  @Inject RequestContext requestContext;
  @Inject TenantSession tenantSession;

  @AroundInvoke
  public Object bindTenant(InvocationContext invocation) throws Exception {
    tenantSession.bind(requestContext.tenant());
    return invocation.proceed();
  }
}
