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
