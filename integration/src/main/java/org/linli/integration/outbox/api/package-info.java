/** Outbox api. */
package org.linli.integration.outbox.api;
