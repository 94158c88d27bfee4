import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

/** The API fills every part of the meter; the generated schema marks nothing required. */
type Filled<T> = { [K in keyof T]-?: T[K] extends object | undefined ? Filled<NonNullable<T[K]>> : T[K] }

export type Meter = Filled<Schemas['ComplianceMeterView']>
export type Disclosure = Schemas['DisclosureView']

const api = () => useApi()

export function fetchMeter(org: string, year?: number): Promise<Meter> {
  return api().get('/api/v1/orgs/{org}/compliance/meter', { path: { org }, query: { year } }) as Promise<Meter>
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
