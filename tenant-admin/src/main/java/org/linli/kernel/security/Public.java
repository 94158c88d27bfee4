package org.linli.kernel.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Reachable without a token (health of the API, public verification pages). */
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface Public {}
