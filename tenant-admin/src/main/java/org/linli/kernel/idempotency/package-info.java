/**
 * Idempotency-Key for POSTs: the same key with the same body replays the first response, with
 * another body is refused (422), and while the first is still running is refused (409).
 */
package org.linli.kernel.idempotency;
