import type { Schemas } from '@/shared/api/types'

/**
 * One of my sign-ups as GET /api/v1/me/signups answers it: made by me on the phone or by staff for
 * me, in any of my organizations, with my check-in and check-out once I have them.
 */
export type MySignup = Schemas['MySignup']

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

/** Check-in or check-out next: out after a check-in without a check-out. */
export function nextCheck(signup: Pick<MySignup, 'checkedInAt' | 'checkedOutAt'> | undefined): 'in' | 'out' {
  return signup?.checkedInAt && !signup.checkedOutAt ? 'out' : 'in'
}

/** Confirmed sign-ups whose check-in window is open now (where the 签到 button leads). */
export function openForCheckin(signups: MySignup[], now = Date.now()): MySignup[] {
  return signups.filter((s) => s.status === 'CONFIRMED' && !s.checkedOutAt && shiftPhase(s, now) === 'checkin')
}
