import { describe, expect, it } from 'vitest'
import { MySignupStore, canSignUp, fromSignup, shiftPhase, type KeyValueStorage, type MySignup } from './mySignups'
import { chinaToday } from './dates'

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

const HOUR = 3600_000
const now = Date.parse('2026-06-01T02:00:00Z')
function entry(shiftId: string, startOffsetHours: number, change: Partial<MySignup> = {}): MySignup {
  return {
    org: 'sunshine-sw',
    orgName: '阳光',
    activityId: 'a1',
    activityTitle: '助老',
    address: '湖南路',
    shiftId,
    startsAt: new Date(now + startOffsetHours * HOUR).toISOString(),
    endsAt: new Date(now + (startOffsetHours + 2) * HOUR).toISOString(),
    signupId: `s-${shiftId}`,
    status: 'CONFIRMED',
    createdAt: new Date(now).toISOString(),
    ...change,
  }
}

describe('my sign-ups on this device', () => {
  it('remembers per person, sorted by start, and replaces an entry for the same shift', () => {
    const storage = memory()
    const store = new MySignupStore(storage, 'p1', () => now)
    store.remember(entry('late', 5))
    store.remember(entry('early', 1))
    store.remember(entry('late', 5, { status: 'WAITLISTED', waitlistPosition: 2 }))
    expect(store.all(now).map((s) => s.shiftId)).toEqual(['early', 'late'])
    expect(store.find('sunshine-sw', 'late')?.waitlistPosition).toBe(2)
    expect(new MySignupStore(storage, 'p2').all(now)).toEqual([])
  })

  it('lists as upcoming only live sign-ups of shifts not ended, and forgets old ones', () => {
    const store = new MySignupStore(memory(), 'p1', () => now)
    store.remember(entry('ended', -3))
    store.remember(entry('cancelled', 4, { status: 'CANCELLED' }))
    store.remember(entry('next', 4))
    store.remember(entry('ancient', -24 * 30))
    expect(store.upcoming(now).map((s) => s.shiftId)).toEqual(['next'])
    expect(store.all(now).map((s) => s.shiftId)).toEqual(['ended', 'cancelled', 'next'])
    store.update('sunshine-sw', 'next', { status: 'CANCELLED' })
    expect(store.find('sunshine-sw', 'next')).toBeUndefined()
  })

  it('survives broken storage content', () => {
    const storage = memory()
    storage.data.set('linli.signups.p1', '{not json')
    expect(new MySignupStore(storage, 'p1', () => now).all(now)).toEqual([])
    expect(new MySignupStore(undefined, 'p1').all(now)).toEqual([])
  })

  it('keeps the waitlist position only for a waitlisted answer', () => {
    const context = {
      org: 'o',
      orgName: 'O',
      activity: { id: 'a', title: 'T', address: 'X' },
      shift: { id: 's', startsAt: '2026-06-02T01:00:00Z', endsAt: '2026-06-02T03:00:00Z' },
    }
    expect(fromSignup({ id: 'x', status: 'WAITLISTED', waitlistPosition: 3 }, context).waitlistPosition).toBe(3)
    expect(fromSignup({ id: 'x', status: 'CONFIRMED', waitlistPosition: 0 }, context).waitlistPosition).toBeUndefined()
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
