package org.linli.kernel.audit.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.linli.kernel.tenancy.TenantScoped;

/**
 * Appends a use case's audit entries when the outermost use case of the transaction returns, just
 * before the commit and still inside the transaction (with the EntityManager, so no reliance on the
 * order of JTA synchronizations). Locking the tenant's chain head at the first entry instead kept
 * it locked for the whole rest of the use case and serialised the organization's requests.
 *
 * <p>Runs inside {@code TenantScopedInterceptor} (higher priority), so the tenant is bound.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 10)
public class AuditAtEndInterceptor {
  @Inject AuditLog auditLog;

  @AroundInvoke
  public Object appendAtEnd(InvocationContext invocation) throws Exception {
    auditLog.useCaseStarted();
    Object result;
    try {
      result = invocation.proceed();
    } catch (Exception | Error failure) {
      auditLog.useCaseFailed(failure);
      throw failure;
    }
    auditLog.useCaseEnded();
    return result;
  }
}
