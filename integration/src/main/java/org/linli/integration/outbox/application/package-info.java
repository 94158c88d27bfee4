/** Outbox application. */
package org.linli.integration.outbox.application;
