import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'
import { newIdempotencyKey } from '@/shared/api/idempotencyKey'

export type Volunteer = Schemas['VolunteerView']
export type VolunteerStatus = Schemas['VolunteerStatus']
export type RegisterRequest = Schemas['RegisterRequest']
export type Hours = Schemas['HoursView']
export type Member = Schemas['MemberView']

export const VOLUNTEER_STATUSES: VolunteerStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'LEFT']

/** The API's status transitions (volunteer-module VolunteerStatus). */
export const NEXT_STATUSES: Record<VolunteerStatus, VolunteerStatus[]> = {
  PENDING: ['ACTIVE', 'LEFT'],
  ACTIVE: ['SUSPENDED', 'LEFT'],
  SUSPENDED: ['ACTIVE', 'LEFT'],
  LEFT: [],
}

/** The API's longest search text (`q`). */
export const SEARCH_MAX_LENGTH = 50

/**
 * GET /api/v1/orgs/{org}/volunteers: one page, optionally by status and search text (`q`: name
 * contains, volunteer number, phone by its last 4 digits or the whole number). A cursor continues
 * the same filter.
 */
export function fetchVolunteers(
  org: string,
  cursor: string | null,
  filters: { status?: VolunteerStatus | ''; q?: string } = {},
  limit = 20,
): Promise<Page<Volunteer>> {
  return useApi().get('/api/v1/orgs/{org}/volunteers', {
    path: { org },
    query: { limit, cursor, status: filters.status || undefined, q: filters.q?.trim() || undefined },
  })
}

export function fetchVolunteer(org: string, volunteerId: string): Promise<Volunteer> {
  return useApi().get('/api/v1/orgs/{org}/volunteers/{volunteerId}', { path: { org, volunteerId } })
}

export function fetchHours(org: string, volunteerId: string): Promise<Hours> {
  return useApi().get('/api/v1/orgs/{org}/volunteers/{volunteerId}/hours', { path: { org, volunteerId } })
}

/** POST /api/v1/orgs/{org}/volunteers; the key makes a retry of the same form answer the first result. */
export function registerVolunteer(org: string, body: RegisterRequest, idempotencyKey = newIdempotencyKey()): Promise<Volunteer> {
  return useApi().post('/api/v1/orgs/{org}/volunteers', {
    path: { org },
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function changeStatus(org: string, volunteerId: string, status: VolunteerStatus, reason?: string): Promise<Volunteer> {
  return useApi().post('/api/v1/orgs/{org}/volunteers/{volunteerId}/status', {
    path: { org, volunteerId },
    body: { status, reason: reason || undefined },
  })
}

/** The full ID and phone numbers of a member (org-admin only; the API audits each call). */
export function fetchIdentity(org: string, personId: string): Promise<Member> {
  return useApi().get('/api/v1/orgs/{org}/members/{personId}/identity', { path: { org, personId } })
}
