import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type Organization = Schemas['OrganizationView']
export type OrgStatus = Schemas['OrgStatus']

/** GET /api/v1/platform/orgs: one page, optionally by status. */
export function fetchOrganizations(
  cursor: string | null,
  filters: { status?: OrgStatus } = {},
  limit = 20,
): Promise<Page<Organization>> {
  return useApi().get('/api/v1/platform/orgs', {
    query: { limit, cursor, status: filters.status },
  })
}

export type OrgType = Schemas['OrgType']
export type CreateOrganizationRequest = Schemas['CreateOrganizationRequest']
export type PlatformInvariants = Schemas['PlatformInvariantsView']
export type TenantCheck = Schemas['TenantCheckView']

export const ORG_TYPES: OrgType[] = ['SOCIAL_GROUP', 'SOCIAL_SERVICE_AGENCY', 'FOUNDATION', 'GOVERNMENT_BUYER']

/** A fresh Idempotency-Key: one per form opening, so a retried submit cannot register twice. */
export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
}

/** POST /api/v1/platform/orgs: registers an organization with its first org admin. */
export function registerOrganization(body: CreateOrganizationRequest, idempotencyKey: string): Promise<Organization> {
  return useApi().post('/api/v1/platform/orgs', { body, headers: { 'Idempotency-Key': idempotencyKey } })
}

/** POST /api/v1/platform/orgs/{orgId}/suspend with an optional reason (kept in the audit log). */
export function suspendOrganization(orgId: string, reason: string): Promise<Organization> {
  return useApi().post('/api/v1/platform/orgs/{orgId}/suspend', { path: { orgId }, body: { reason: reason || undefined } })
}

/** POST /api/v1/platform/orgs/{orgId}/reactivate with an optional reason. */
export function reactivateOrganization(orgId: string, reason: string): Promise<Organization> {
  return useApi().post('/api/v1/platform/orgs/{orgId}/reactivate', { path: { orgId }, body: { reason: reason || undefined } })
}

/** GET /api/v1/platform/ledger/invariants: every organization's ledger checks. */
export function fetchLedgerInvariants(): Promise<PlatformInvariants> {
  return useApi().get('/api/v1/platform/ledger/invariants')
}
