import { useApi } from '@/shared/platform'
import type { Page } from '@/shared/api/paging'
import type { Schemas } from '@/shared/api/types'

export type Activity = Schemas['ActivityView']
export type ActivityRequest = Schemas['ActivityRequest']
export type ActivityStatus = Schemas['ActivityStatus']
export type Shift = Schemas['ShiftView']
export type ShiftRequest = Schemas['ShiftRequest']
export type Signup = Schemas['SignupView']
export type SignupStatus = Schemas['SignupStatus']
export type Attendance = Schemas['AttendanceView']
export type DisplayedCode = Schemas['DisplayedCode']
export type Volunteer = Schemas['VolunteerView']

const api = () => useApi()

export function fetchActivities(org: string, status: ActivityStatus | '', cursor: string | null, limit = 20): Promise<Page<Activity>> {
  return api().get('/api/v1/orgs/{org}/activities', { path: { org }, query: { status, limit, cursor } })
}

export function fetchActivity(org: string, activityId: string): Promise<Activity> {
  return api().get('/api/v1/orgs/{org}/activities/{activityId}', { path: { org, activityId } })
}

export function createActivity(org: string, body: ActivityRequest): Promise<Activity> {
  return api().post('/api/v1/orgs/{org}/activities', { path: { org }, body })
}

export function publishActivity(org: string, activityId: string): Promise<Activity> {
  return api().post('/api/v1/orgs/{org}/activities/{activityId}/publish', { path: { org, activityId } })
}

export function closeActivity(org: string, activityId: string): Promise<Activity> {
  return api().post('/api/v1/orgs/{org}/activities/{activityId}/close', { path: { org, activityId } })
}

export function fetchShifts(org: string, activityId: string, cursor: string | null, limit = 20): Promise<Page<Shift>> {
  return api().get('/api/v1/orgs/{org}/activities/{activityId}/shifts', { path: { org, activityId }, query: { limit, cursor } })
}

/** One shift of the activity (404 SHIFT_NOT_FOUND when it belongs to another activity). */
export function fetchShift(org: string, activityId: string, shiftId: string): Promise<Shift> {
  return api().get('/api/v1/orgs/{org}/activities/{activityId}/shifts/{shiftId}', { path: { org, activityId, shiftId } })
}

export function createShift(org: string, activityId: string, body: ShiftRequest): Promise<Shift> {
  return api().post('/api/v1/orgs/{org}/activities/{activityId}/shifts', { path: { org, activityId }, body })
}

export function fetchSignups(org: string, shiftId: string, status: SignupStatus | '', cursor: string | null, limit = 20): Promise<Page<Signup>> {
  return api().get('/api/v1/orgs/{org}/shifts/{shiftId}/signups', { path: { org, shiftId }, query: { status, limit, cursor } })
}

/** Staff sign a volunteer up (also after the start, until the end: someone who turned up late). */
export function signUpVolunteer(org: string, shiftId: string, volunteerId: string): Promise<Signup> {
  return api().post('/api/v1/orgs/{org}/shifts/{shiftId}/signups', { path: { org, shiftId }, body: { volunteerId } })
}

export function cancelSignup(org: string, shiftId: string, signupId: string): Promise<Signup> {
  return api().delete('/api/v1/orgs/{org}/shifts/{shiftId}/signups/{signupId}', { path: { org, shiftId, signupId } })
}

export function fetchAttendance(org: string, shiftId: string, cursor: string | null, limit = 20): Promise<Page<Attendance>> {
  return api().get('/api/v1/orgs/{org}/shifts/{shiftId}/attendance', { path: { org, shiftId }, query: { limit, cursor } })
}

export function fetchCode(org: string, shiftId: string): Promise<DisplayedCode> {
  return api().get('/api/v1/orgs/{org}/shifts/{shiftId}/attendance/code', { path: { org, shiftId } })
}

export function manualCheckin(
  org: string,
  shiftId: string,
  body: { volunteerId: string; checkedInAt: string; checkedOutAt?: string; reason: string },
): Promise<Attendance> {
  return api().post('/api/v1/orgs/{org}/shifts/{shiftId}/attendance/manual', { path: { org, shiftId }, body })
}

export function closeMissingCheckouts(org: string, shiftId: string): Promise<Attendance[]> {
  return api().post('/api/v1/orgs/{org}/shifts/{shiftId}/attendance/close-missing', { path: { org, shiftId } })
}

export function fetchVolunteer(org: string, volunteerId: string): Promise<Volunteer> {
  return api().get('/api/v1/orgs/{org}/volunteers/{volunteerId}', { path: { org, volunteerId } })
}

/** Active volunteers to choose from: the first `limit` matches of the API's search text. */
export async function fetchActiveVolunteers(org: string, query = '', limit = 20): Promise<Volunteer[]> {
  const q = query.trim().slice(0, 50) || undefined
  const page: Page<Volunteer> = await api().get('/api/v1/orgs/{org}/volunteers', { path: { org }, query: { status: 'ACTIVE', limit, q } })
  return page.items
}
