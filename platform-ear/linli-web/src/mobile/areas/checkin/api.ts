import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Position } from './location'

export type Attendance = Schemas['AttendanceView']
export type CheckMode = 'in' | 'out'

/** Check in or out with the venue's code from where the phone is (the API checks the radius). */
export function sendCode(mode: CheckMode, org: string, shiftId: string, code: string, at: Position): Promise<Attendance> {
  const body = { code, latitude: at.latitude, longitude: at.longitude }
  return mode === 'in'
    ? useApi().post('/api/v1/orgs/{org}/shifts/{shiftId}/attendance/check-in', { path: { org, shiftId }, body })
    : useApi().post('/api/v1/orgs/{org}/shifts/{shiftId}/attendance/check-out', { path: { org, shiftId }, body })
}
