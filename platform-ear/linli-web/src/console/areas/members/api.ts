import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type Member = Schemas['MemberView']
export type InviteRequest = Schemas['InviteRequest']
export type MemberRole = NonNullable<Member['roles']>[number]

/** Roles an organization grants, in the order the console lists them. */
export const MEMBER_ROLES: MemberRole[] = ['org-admin', 'staff', 'finance', 'auditor', 'volunteer']

/** GET /api/v1/orgs/{org}/members: one page. */
export function fetchMembers(org: string, cursor: string | null, limit = 20): Promise<Page<Member>> {
  return useApi().get('/api/v1/orgs/{org}/members', { path: { org }, query: { limit, cursor } })
}

/** A fresh Idempotency-Key: one per form opening, so a retried submit cannot invite twice. */
export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
}

/** POST /api/v1/orgs/{org}/members: invites a person (registered if new) with roles. */
export function inviteMember(org: string, body: InviteRequest, idempotencyKey: string): Promise<Member> {
  return useApi().post('/api/v1/orgs/{org}/members', {
    path: { org },
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

/** PUT .../members/{personId}/roles/{role}. */
export function grantRole(org: string, personId: string, role: MemberRole): Promise<Member> {
  return useApi().put('/api/v1/orgs/{org}/members/{personId}/roles/{role}', { path: { org, personId, role } })
}

/** DELETE .../members/{personId}/roles/{role}. */
export function revokeRole(org: string, personId: string, role: MemberRole): Promise<Member> {
  return useApi().delete('/api/v1/orgs/{org}/members/{personId}/roles/{role}', { path: { org, personId, role } })
}

/** DELETE .../members/{personId}: ends the membership. */
export function removeMember(org: string, personId: string): Promise<undefined> {
  return useApi().delete('/api/v1/orgs/{org}/members/{personId}', { path: { org, personId } })
}

/** GET .../members/{personId}/identity: the full ID number and phone (org-admin; audited). */
export function fetchIdentity(org: string, personId: string): Promise<Member> {
  return useApi().get('/api/v1/orgs/{org}/members/{personId}/identity', { path: { org, personId } })
}
