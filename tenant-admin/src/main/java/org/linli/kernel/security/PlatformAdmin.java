package org.linli.kernel.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Only callers whose token carries the platform-admin realm role. */
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface PlatformAdmin {}
