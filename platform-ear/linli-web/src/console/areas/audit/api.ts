import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type AuditRecord = Schemas['AuditRecordView']
export type Verification = Schemas['VerificationResult']

/** GET /api/v1/orgs/{org}/audit/records: the chain in order (oldest first), one page. */
export function fetchAuditRecords(org: string, cursor: string | null, limit = 50): Promise<Page<AuditRecord>> {
  return useApi().get('/api/v1/orgs/{org}/audit/records', { path: { org }, query: { limit, cursor } })
}

/** GET /api/v1/orgs/{org}/audit/verification: recomputes every hash of the chain. */
export function verifyAuditChain(org: string): Promise<Verification> {
  return useApi().get('/api/v1/orgs/{org}/audit/verification', { path: { org } })
}
