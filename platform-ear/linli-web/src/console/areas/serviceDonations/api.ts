import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type Settings = Schemas['ServiceDonationSettingsView']
export type Run = Schemas['ServiceDonationRunView']
export type Mode = 'OFF' | 'RECOGNISE' | 'DISCLOSE'
export interface CategoryRate { category: string; ratePerHour: string }

const api = () => useApi()

export function fetchSettings(org: string): Promise<Settings> {
  return api().get('/api/v1/orgs/{org}/accounting/service-donations/settings', { path: { org } })
}

/** Replaces the setting read at `version` (412 VERSION_MISMATCH when someone saved first). */
export function saveSettings(
  org: string,
  version: number,
  ratePerHour: string,
  categoryRates: CategoryRate[],
  mode: Mode,
): Promise<Settings> {
  return api().put('/api/v1/orgs/{org}/accounting/service-donations/settings', {
    path: { org },
    body: { ratePerHour, categoryRates, mode },
    headers: { 'If-Match': `"${version}"` },
  })
}

/** Values the month's approved hours not valued before: the run (with its voucher when recognised), or NOTHING_NEW. */
export function recordMonth(org: string, month: string, idempotencyKey: string): Promise<Run> {
  return api().post('/api/v1/orgs/{org}/accounting/service-donations/runs', {
    path: { org },
    body: { month },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function fetchRuns(org: string, cursor: string | null, limit = 50): Promise<Page<Run>> {
  return api().get('/api/v1/orgs/{org}/accounting/service-donations/runs', { path: { org }, query: { limit, cursor } })
}
