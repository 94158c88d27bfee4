/**
 * Which tenant a piece of work acts for: set once per request after authentication and the
 * membership check, bound once per transaction to EclipseLink's tenant filter and PostgreSQL row
 * level security.
 */
package org.linli.kernel.tenancy;
