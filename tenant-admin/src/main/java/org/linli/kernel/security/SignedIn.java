package org.linli.kernel.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Any caller with a valid token, e.g. a person's own cross-organization view under /me. */
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface SignedIn {}
