/**
 * What the QR code of a points-shop pickup holds: the organization, the redemption and its 8-digit
 * pickup code. The volunteer's phone shows it (and the code as text); the console reads it from a
 * scanner (which types it like a keyboard) or from a typed code, and hands the item over with
 * POST .../points/redemptions/{id}/pickup. The id is no secret (staff list redemptions); the code
 * is, and the API compares it.
 */
const PREFIX = 'LINLI-PICKUP:1'

export interface PickupTicket {
  org: string
  redemptionId: string
  code: string
}

export function pickupQrText(ticket: PickupTicket): string {
  return [PREFIX, ticket.org, ticket.redemptionId, ticket.code].join(':')
}

/**
 * Reads a scanned QR text. Answers null for anything else (a bare code, another QR code), so the
 * caller can treat the input as a typed code instead.
 */
export function parsePickupQr(text: string): PickupTicket | null {
  const trimmed = text.trim()
  if (!trimmed.startsWith(`${PREFIX}:`)) return null
  const parts = trimmed.slice(PREFIX.length + 1).split(':')
  if (parts.length !== 3 || parts.some((p) => p === '')) return null
  const [org, redemptionId, code] = parts
  return { org, redemptionId, code }
}

/** "12345678" → "1234 5678", easier to read out at the counter. */
export function groupCode(code: string): string {
  return code.replace(/\s+/g, '').replace(/(\d{4})(?=\d)/g, '$1 ')
}

/** A typed code without spaces or dashes (people copy "1234 5678"). */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]+/g, '')
}
