package org.linli.kernel.idempotency;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A POST that honours Idempotency-Key; {@code required} for endpoints that move value. Put it on
 * the resource method: the method then runs in one transaction with the record of its answer (see
 * {@link IdempotencyInterceptor}).
 */
@InterceptorBinding
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface Idempotent {
  @Nonbinding
  boolean required() default false;
}
