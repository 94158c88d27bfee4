package org.linli.kernel.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An endpoint under {@code /api/v1/orgs/{org}}: the caller must be an active member of {@code org}
 * holding one of these roles. A method-level annotation overrides the class-level one.
 */
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface OrgRoles {
  OrgRole[] value();
}
