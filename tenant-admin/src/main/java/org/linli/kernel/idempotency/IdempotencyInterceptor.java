package org.linli.kernel.idempotency;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.idempotency.IdempotencyStore.Stored;
import org.linli.kernel.idempotency.IdempotentRequest.Call;

/**
 * Runs an {@link Idempotent} resource method that was sent an Idempotency-Key in one transaction
 * with the record of its answer (ADR 0019): the key is claimed first (taken by a running request →
 * 409 IDEMPOTENCY_IN_PROGRESS), a stored answer is replayed (another body → 422
 * IDEMPOTENCY_KEY_REUSED), else the method runs and its answer is stored before the commit. The use
 * cases it calls join this transaction; a crash anywhere before the commit leaves neither the
 * effect nor the record, so the client's retry runs it exactly once.
 *
 * <p>Outermost (before {@code @Transactional}), so it owns the transaction. A refusal thrown by the
 * method rolls everything back and is recorded afterwards by {@link IdempotencyFilter}, as the
 * exception mappers shape it; a 5xx is never recorded.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {
  static final Jsonb JSONB = JsonbBuilder.create();

  @Inject IdempotentRequest request;
  @Inject IdempotencyStore store;

  @Resource UserTransaction transaction;

  @AroundInvoke
  public Object runOnce(InvocationContext invocation) throws Exception {
    Call call = request.call();
    if (call == null) {
      return invocation.proceed(); // no key sent (where it is optional)
    }
    if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      throw new IllegalStateException("An idempotent request must start its own transaction");
    }
    transaction.begin();
    Object result;
    try {
      result = claimAndProceed(call, invocation);
    } catch (Exception | Error failure) {
      try {
        transaction.rollback();
      } catch (Exception rollbackFailed) {
        failure.addSuppressed(rollbackFailed);
      }
      throw failure;
    }
    transaction.commit(); // on failure PostgreSQL rolled back both the effect and the record
    request.settle();
    return result;
  }

  private Object claimAndProceed(Call call, InvocationContext invocation) throws Exception {
    if (!store.claim(call)) {
      request.settle();
      throw DomainException.conflict("IDEMPOTENCY_IN_PROGRESS");
    }
    Optional<Stored> stored = store.find(call);
    if (stored.isPresent()) {
      Stored first = stored.get();
      if (!first.requestHash().equals(call.requestHash())) {
        request.settle();
        throw DomainException.rule("IDEMPOTENCY_KEY_REUSED");
      }
      if (first.completed()) {
        request.settle();
        throw new IdempotencyReplay(first.status(), first.body());
      }
      if (!first.abandoned()) { // in progress on a node of the version before ADR 0019
        request.settle();
        throw DomainException.conflict("IDEMPOTENCY_IN_PROGRESS");
      }
    }
    Object result = invocation.proceed();
    int status;
    Object entity;
    if (result instanceof Response response) {
      status = response.getStatus();
      entity = response.getEntity();
    } else {
      status = result == null ? 204 : 200;
      entity = result;
    }
    if (status < 500) {
      String body = entity == null ? null : entity instanceof String s ? s : JSONB.toJson(entity);
      store.record(call, status, body);
    }
    return result;
  }
}
