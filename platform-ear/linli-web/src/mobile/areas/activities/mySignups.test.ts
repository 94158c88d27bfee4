import { describe, expect, it } from 'vitest'
import { canSignUp, nextCheck, openForCheckin, shiftPhase, type MySignup } from './mySignups'
import { chinaToday } from './dates'

const HOUR = 3600_000
const now = Date.parse('2026-06-01T02:00:00Z')
function entry(shiftId: string, startOffsetHours: number, change: Partial<MySignup> = {}): MySignup {
  return {
    org: 'sunshine-sw',
    orgName: '阳光',
    id: `s-${shiftId}`,
    activityId: 'a1',
    activityTitle: '助老',
    address: '湖南路',
    shiftId,
    startsAt: new Date(now + startOffsetHours * HOUR).toISOString(),
    endsAt: new Date(now + (startOffsetHours + 2) * HOUR).toISOString(),
    status: 'CONFIRMED',
    createdAt: new Date(now).toISOString(),
    ...change,
  }
}

describe('my sign-ups from the API', () => {
  it('offers the check-out after a check-in, else the check-in', () => {
    expect(nextCheck(undefined)).toBe('in')
    expect(nextCheck(entry('a', 0))).toBe('in')
    expect(nextCheck(entry('a', 0, { checkedInAt: new Date(now).toISOString() }))).toBe('out')
    expect(nextCheck(entry('a', 0, { checkedInAt: new Date(now).toISOString(), checkedOutAt: new Date(now).toISOString() }))).toBe('in')
  })

  it('opens for check-in only confirmed shifts in their window, not yet checked out', () => {
    const list = [
      entry('soon', 0.25),
      entry('later', 5),
      entry('waiting', 0.25, { status: 'WAITLISTED', waitlistPosition: 2 }),
      entry('done', -1, { checkedInAt: new Date(now - HOUR).toISOString(), checkedOutAt: new Date(now).toISOString() }),
      entry('running', -1, { checkedInAt: new Date(now - HOUR).toISOString() }),
    ]
    expect(openForCheckin(list, now).map((s) => s.shiftId)).toEqual(['soon', 'running'])
  })
})

describe('shift windows (AttendanceDesk, ShiftSignups)', () => {
  const shift = { startsAt: new Date(now + HOUR).toISOString(), endsAt: new Date(now + 3 * HOUR).toISOString() }
  it('opens check-in 30 minutes before the start until the end', () => {
    expect(shiftPhase(shift, now)).toBe('upcoming')
    expect(shiftPhase(shift, now + 31 * 60_000)).toBe('checkin')
    expect(shiftPhase(shift, now + 3 * HOUR)).toBe('ended')
  })
  it('takes sign-ups until the start', () => {
    expect(canSignUp(shift, now)).toBe(true)
    expect(canSignUp(shift, now + HOUR)).toBe(false)
  })
  it('knows today in China', () => {
    expect(chinaToday(new Date('2026-06-01T17:00:00Z'))).toBe('2026-06-02')
  })
})
