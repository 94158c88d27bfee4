/** Tamper evidence for the append-only audit log: a per-tenant SHA-256 hash chain. */
package org.linli.kernel.audit.domain;
