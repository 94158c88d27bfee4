/** Writing to and verifying the per-tenant, hash-chained, append-only audit log. */
package org.linli.kernel.audit.application;
