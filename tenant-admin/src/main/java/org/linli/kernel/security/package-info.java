/**
 * Access control for every endpoint: a declared access rule per resource method (public, platform
 * admin, any signed-in person, or organization roles), checked after MicroProfile JWT validated the
 * token. Undeclared endpoints are refused.
 */
package org.linli.kernel.security;
