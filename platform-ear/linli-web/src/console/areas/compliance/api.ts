import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type Meter = Schemas['ComplianceMeterView']
export type Disclosure = Schemas['DisclosureView']

const api = () => useApi()

export function fetchMeter(org: string, year?: number): Promise<Meter> {
  return api().get('/api/v1/orgs/{org}/compliance/meter', { path: { org }, query: { year } })
}

export function fetchDisclosures(org: string, cursor: string | null, limit = 50): Promise<Page<Disclosure>> {
  return api().get('/api/v1/orgs/{org}/compliance/disclosures', { path: { org }, query: { limit, cursor } })
}

export function markDisclosed(org: string, disclosureKey: string, disclosedOn: string, reference: string): Promise<Disclosure> {
  return api().post('/api/v1/orgs/{org}/compliance/disclosures/{disclosureKey}/disclosure', {
    path: { org, disclosureKey },
    body: { disclosedOn, reference },
  })
}
