import { useApi } from '@/shared/platform'
import { allItems, type Page } from '@/shared/api/paging'
import type { Schemas } from '@/shared/api/types'
import { chinaToday } from './dates'
import type { MySignup } from './mySignups'

export type Activity = Schemas['ActivityView']
export type Shift = Schemas['ShiftView']
export type Signup = Schemas['SignupView']

/** Published activities with a shift from today on: one page. */
export function fetchOpenActivities(org: string, cursor: string | null, limit = 20): Promise<Page<Activity>> {
  return useApi().get('/api/v1/orgs/{org}/activities', {
    path: { org },
    query: { status: 'PUBLISHED', from: chinaToday(), limit, cursor },
  })
}

export function fetchActivity(org: string, activityId: string): Promise<Activity> {
  return useApi().get('/api/v1/orgs/{org}/activities/{activityId}', { path: { org, activityId } })
}

/** Every shift of an activity (an activity has a handful; walked page by page). */
export async function fetchAllShifts(org: string, activityId: string): Promise<Shift[]> {
  const out: Shift[] = []
  const page = (cursor: string | null) =>
    useApi().get('/api/v1/orgs/{org}/activities/{activityId}/shifts', {
      path: { org, activityId },
      query: { limit: 100, cursor },
    }) as Promise<Page<Shift>>
  for await (const shift of allItems(page, 50)) out.push(shift)
  return out
}

/** Sign myself up: CONFIRMED while places last, else WAITLISTED with a position. */
export function signUp(org: string, shiftId: string): Promise<Signup> {
  return useApi().post('/api/v1/orgs/{org}/shifts/{shiftId}/signups', { path: { org, shiftId }, body: {} })
}

export function cancelSignup(org: string, shiftId: string, signupId: string): Promise<Signup> {
  return useApi().delete('/api/v1/orgs/{org}/shifts/{shiftId}/signups/{signupId}', {
    path: { org, shiftId, signupId },
  })
}

/** GET /api/v1/me/signups: mine in every organization (UPCOMING soonest first, PAST latest first). */
export function fetchMySignups(when: 'UPCOMING' | 'PAST', cursor: string | null, limit = 20): Promise<Page<MySignup>> {
  return useApi().get('/api/v1/me/signups', { query: { when, limit, cursor } })
}
