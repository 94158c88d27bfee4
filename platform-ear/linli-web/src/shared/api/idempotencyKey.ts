/**
 * A fresh Idempotency-Key for a value-moving POST (README: same key + body → the first answer,
 * nothing moves twice). A form keeps its key until the call succeeds, so a retry after a lost
 * answer cannot transfer or redeem twice; the next submission gets a new one.
 * crypto.randomUUID needs a secure context; getRandomValues works everywhere.
 */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') {
    try {
      return c.randomUUID()
    } catch {
      // not a secure context: fall through
    }
  }
  const bytes = new Uint8Array(16)
  c.getRandomValues(bytes)
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Keeps one key per pending submission: `key()` until `done()` after a success. */
export function idempotentSubmission() {
  let current: string | null = null
  return {
    key(): string {
      current ??= newIdempotencyKey()
      return current
    },
    done(): void {
      current = null
    },
  }
}
