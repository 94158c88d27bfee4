/**
 * What the venue's QR code holds (AttendanceDesk.displayCode):
 * `linli:checkin:v1:<org>:<shiftId>:<six digits>`, so one scan names the organization, the shift
 * and the current code.
 */
export interface CheckinPayload {
  org: string
  shiftId: string
  code: string
}

const PREFIX = 'linli:checkin:v1:'

export function parseCheckinPayload(text: string | null | undefined): CheckinPayload | null {
  if (!text) return null
  const value = text.trim()
  if (!value.startsWith(PREFIX)) return null
  const parts = value.slice(PREFIX.length).split(':')
  if (parts.length !== 3) return null
  const [org, shiftId, code] = parts
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(org) || !/^[A-Za-z0-9-]+$/.test(shiftId) || !isCheckinCode(code)) return null
  return { org, shiftId, code }
}

/** The code shown on the venue's screen: six digits. */
export function isCheckinCode(code: string): boolean {
  return /^\d{6}$/.test(code)
}
