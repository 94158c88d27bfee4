/**
 * One exception hierarchy for the whole platform: every business error carries a stable code and
 * maps to an RFC 9457 problem+json response.
 */
package org.linli.kernel.error;
