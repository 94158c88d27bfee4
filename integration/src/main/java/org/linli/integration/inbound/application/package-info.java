/** Receiving a list once, applying it in chunks, one tenant per transaction. */
package org.linli.integration.inbound.application;
