package org.linli.kernel.idempotency;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A POST that honours Idempotency-Key; {@code required} for endpoints that move value. */
@Target(METHOD)
@Retention(RUNTIME)
public @interface Idempotent {
  boolean required() default false;
}
