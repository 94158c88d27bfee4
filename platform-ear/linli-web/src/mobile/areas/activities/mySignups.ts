import type { Activity, Shift, Signup } from './api'

/**
 * The sign-ups made in this app, remembered on this device per person.
 *
 * Why on the device: the API has no "my sign-ups" list for a volunteer yet (GET .../signups is
 * for staff), yet a volunteer needs their sign-up id to cancel and wants to see what they signed
 * up for. When the API gains such a list, `MySignupStore` is the only place to change.
 */
export interface MySignup {
  org: string
  orgName: string
  activityId: string
  activityTitle: string
  address: string
  shiftId: string
  startsAt: string
  endsAt: string
  signupId: string
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED'
  waitlistPosition?: number
  createdAt: string
  /** Set by this app after a check-in or check-out with the code. */
  checkedInAt?: string
  checkedOutAt?: string
}

export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

const PREFIX = 'linli.signups.'
/** Ended shifts are kept a week (to see "checked out"), then forgotten. */
const KEEP_AFTER_END_MS = 7 * 24 * 3600_000

export class MySignupStore {
  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly personId: string,
    private readonly clock: () => number = Date.now,
  ) {}

  private get key() {
    return PREFIX + this.personId
  }

  all(now = this.clock()): MySignup[] {
    let list: MySignup[] = []
    try {
      const raw = this.storage?.getItem(this.key)
      list = raw ? (JSON.parse(raw) as MySignup[]) : []
    } catch {
      list = []
    }
    if (!Array.isArray(list)) return []
    return list
      .filter((s) => s && typeof s.shiftId === 'string' && Date.parse(s.endsAt) + KEEP_AFTER_END_MS > now)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  }

  /** Live sign-ups (not cancelled) whose shift has not ended. */
  upcoming(now = this.clock()): MySignup[] {
    return this.all(now).filter((s) => s.status !== 'CANCELLED' && Date.parse(s.endsAt) > now)
  }

  find(org: string, shiftId: string): MySignup | undefined {
    return this.all().find((s) => s.org === org && s.shiftId === shiftId && s.status !== 'CANCELLED')
  }

  remember(entry: MySignup): void {
    const rest = this.all().filter((s) => !(s.org === entry.org && s.shiftId === entry.shiftId))
    this.save([...rest, entry])
  }

  update(org: string, shiftId: string, change: Partial<MySignup>): void {
    this.save(this.all().map((s) => (s.org === org && s.shiftId === shiftId ? { ...s, ...change } : s)))
  }

  private save(list: MySignup[]) {
    try {
      this.storage?.setItem(this.key, JSON.stringify(list))
    } catch {
      // storage full or blocked: the sign-up itself is saved by the API
    }
  }
}

/** The entry to remember from the API's answer to a sign-up. */
export function fromSignup(
  signup: Signup,
  context: { org: string; orgName: string; activity: Activity; shift: Shift },
): MySignup {
  return {
    org: context.org,
    orgName: context.orgName,
    activityId: context.activity.id ?? '',
    activityTitle: context.activity.title ?? '',
    address: context.activity.address ?? '',
    shiftId: context.shift.id ?? signup.shiftId ?? '',
    startsAt: context.shift.startsAt ?? '',
    endsAt: context.shift.endsAt ?? '',
    signupId: signup.id ?? '',
    status: (signup.status ?? 'CONFIRMED') as MySignup['status'],
    waitlistPosition: signup.status === 'WAITLISTED' ? (signup.waitlistPosition ?? undefined) : undefined,
    createdAt: signup.createdAt ?? new Date().toISOString(),
  }
}

/** The API lets a volunteer check in from 30 minutes before the start until the end. */
export const EARLIEST_CHECK_IN_MS = 30 * 60_000

export type ShiftPhase = 'upcoming' | 'checkin' | 'ended'

export function shiftPhase(shift: { startsAt?: string; endsAt?: string }, now = Date.now()): ShiftPhase {
  const start = Date.parse(shift.startsAt ?? '')
  const end = Date.parse(shift.endsAt ?? '')
  if (now >= end) return 'ended'
  if (now >= start - EARLIEST_CHECK_IN_MS) return 'checkin'
  return 'upcoming'
}

/** A volunteer signs up or cancels only before the shift starts. */
export function canSignUp(shift: { startsAt?: string }, now = Date.now()): boolean {
  return now < Date.parse(shift.startsAt ?? '')
}
