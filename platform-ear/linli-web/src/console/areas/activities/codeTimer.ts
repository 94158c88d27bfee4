/**
 * When the venue screen fetches the next code. The API's code changes every minute
 * (CheckinCodes.WINDOW_SECONDS) and stays valid one more minute (`validUntil` is the end of that
 * grace minute), so the screen refreshes just after the minute turns: people type what they see
 * while it is still accepted. A tablet whose clock runs ahead sees the turn as past: it asks
 * again soon instead of showing a code that is about to expire.
 */
export const WINDOW_MS = 60_000

export function nextRefreshAt(validUntil: string | undefined, now: number): number {
  const until = Date.parse(validUntil ?? '')
  if (Number.isNaN(until)) return now + 10_000
  const turn = until - WINDOW_MS + 1_000
  if (turn > now + 1_000) return turn
  return Math.min(now + 10_000, Math.max(now + 2_000, until - 5_000))
}

/** Whole seconds left until `at` (never negative). */
export function secondsUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 1000))
}
