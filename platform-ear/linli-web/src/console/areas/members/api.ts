import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type Member = Schemas['MemberView']

/** GET /api/v1/orgs/{org}/members: one page. */
export function fetchMembers(org: string, cursor: string | null, limit = 20): Promise<Page<Member>> {
  return useApi().get('/api/v1/orgs/{org}/members', { path: { org }, query: { limit, cursor } })
}
