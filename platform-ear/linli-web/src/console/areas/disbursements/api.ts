import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type Disbursement = Schemas['DisbursementView']
export type DisbursementRequest = Schemas['DisbursementRequest']
export type FastPaymentRequest = Schemas['FastPaymentRequest']
export type FastLaneReport = Schemas['FastLaneReportView']
export type Settings = Schemas['DisbursementSettingsView']
export type DisbursementStatus = Schemas['DisbursementStatus']

const api = () => useApi()

export function fetchDisbursements(
  org: string,
  filter: { status?: DisbursementStatus | ''; lane?: 'STANDARD' | 'FAST' | '' },
  cursor: string | null,
  limit = 20,
): Promise<Page<Disbursement>> {
  return api().get('/api/v1/orgs/{org}/disbursements', {
    path: { org },
    query: { limit, cursor, status: filter.status || undefined, lane: filter.lane || undefined },
  })
}

export function requestDisbursement(org: string, body: DisbursementRequest, idempotencyKey: string): Promise<Disbursement> {
  return api().post('/api/v1/orgs/{org}/disbursements', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

export function approve(org: string, disbursementId: string): Promise<Disbursement> {
  return api().post('/api/v1/orgs/{org}/disbursements/{disbursementId}/approve', { path: { org, disbursementId } })
}

export function reject(org: string, disbursementId: string, reason: string): Promise<Disbursement> {
  return api().post('/api/v1/orgs/{org}/disbursements/{disbursementId}/reject', { path: { org, disbursementId }, body: { reason } })
}

export function pay(org: string, disbursementId: string, bankReference: string, idempotencyKey: string): Promise<Disbursement> {
  return api().post('/api/v1/orgs/{org}/disbursements/{disbursementId}/payment', {
    path: { org, disbursementId },
    body: { bankReference },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function fastPay(org: string, body: FastPaymentRequest, idempotencyKey: string): Promise<Disbursement> {
  return api().post('/api/v1/orgs/{org}/disbursements/fast-lane/payments', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

export function fetchOverdue(org: string, cursor: string | null, limit = 20): Promise<Page<Disbursement>> {
  return api().get('/api/v1/orgs/{org}/disbursements/fast-lane/overdue-backfills', { path: { org }, query: { limit, cursor } })
}

export function decideBackfill(org: string, disbursementId: string, approved: boolean, reason?: string): Promise<Disbursement> {
  return api().post('/api/v1/orgs/{org}/disbursements/fast-lane/cases/{disbursementId}/backfill', {
    path: { org, disbursementId },
    body: { approved, reason },
  })
}

export function fetchReport(org: string): Promise<FastLaneReport> {
  return api().get('/api/v1/orgs/{org}/disbursements/fast-lane/report', { path: { org } })
}

export function fetchSettings(org: string): Promise<Settings> {
  return api().get('/api/v1/orgs/{org}/disbursements/settings', { path: { org } })
}

export type Fund = Schemas['FundView']

export function fetchFunds(org: string): Promise<Page<Fund>> {
  return api().get('/api/v1/orgs/{org}/funds', { path: { org }, query: { limit: 100 } })
}
