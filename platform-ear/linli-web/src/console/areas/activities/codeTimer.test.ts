import { describe, expect, it } from 'vitest'
import { nextRefreshAt, secondsUntil } from './codeTimer'

describe('venue code refresh', () => {
  const until = '2026-06-01T10:02:00Z'
  const at = (iso: string) => Date.parse(iso)

  it('refreshes just after the minute turns, while the shown code is still valid', () => {
    expect(nextRefreshAt(until, at('2026-06-01T10:00:10Z'))).toBe(at('2026-06-01T10:01:01Z'))
  })

  it('asks again soon when the tablet clock is past the turn, before the code expires', () => {
    const now = at('2026-06-01T10:01:30Z')
    const next = nextRefreshAt(until, now)
    expect(next).toBeGreaterThan(now)
    expect(next).toBeLessThan(at(until))
  })

  it('copes with an unreadable validUntil', () => {
    expect(nextRefreshAt(undefined, 1000)).toBe(11_000)
  })

  it('counts whole seconds down to zero', () => {
    expect(secondsUntil(10_500, 10_000)).toBe(1)
    expect(secondsUntil(9_000, 10_000)).toBe(0)
  })
})
