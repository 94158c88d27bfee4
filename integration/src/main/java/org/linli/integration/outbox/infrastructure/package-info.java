/** Outbox infrastructure. */
package org.linli.integration.outbox.infrastructure;
