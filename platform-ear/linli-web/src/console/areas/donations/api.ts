import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'
import { downloadFile } from '@/shared/api/download'

export type Donor = Schemas['DonorView']
export type DonorRequest = Schemas['DonorRequest']
export type Donation = Schemas['DonationRecordView']
export type DonationRequest = Schemas['DonationRecordRequest']
export type Receipt = Schemas['ReceiptView']
export type Series = Schemas['SeriesView']
export type Fund = Schemas['FundView']

const api = () => useApi()

export function fetchDonors(org: string, cursor: string | null, limit = 50): Promise<Page<Donor>> {
  return api().get('/api/v1/orgs/{org}/donations/donors', { path: { org }, query: { limit, cursor } })
}

export function registerDonor(org: string, body: DonorRequest): Promise<Donor> {
  return api().post('/api/v1/orgs/{org}/donations/donors', { path: { org }, body })
}

export interface DonationFilters {
  kind?: string
  status?: string
  fundId?: string
  from?: string
  to?: string
}

export function fetchDonations(org: string, filters: DonationFilters, cursor: string | null, limit = 20): Promise<Page<Donation>> {
  const query: Record<string, string | number | null> = { limit, cursor }
  for (const [k, v] of Object.entries(filters)) if (v) query[k] = v
  return api().get('/api/v1/orgs/{org}/donations', { path: { org }, query })
}

/** Records a gift; the form keeps its key until it succeeds, so a retry records it once. */
export function recordDonation(org: string, body: DonationRequest, idempotencyKey: string): Promise<Donation> {
  return api().post('/api/v1/orgs/{org}/donations', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

export function fetchFunds(org: string): Promise<Page<Fund>> {
  return api().get('/api/v1/orgs/{org}/funds', { path: { org }, query: { limit: 100 } })
}

export function fetchReceipts(org: string, status: string, cursor: string | null, limit = 20): Promise<Page<Receipt>> {
  return api().get('/api/v1/orgs/{org}/receipts', { path: { org }, query: { limit, cursor, ...(status ? { status } : {}) } })
}

export function issueReceipt(org: string, donationId: string, idempotencyKey: string): Promise<Receipt> {
  return api().post('/api/v1/orgs/{org}/receipts', {
    path: { org },
    body: { donationId },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function voidReceipt(org: string, receiptId: string, reason: string): Promise<Receipt> {
  return api().post('/api/v1/orgs/{org}/receipts/{receiptId}/void', { path: { org, receiptId }, body: { reason } })
}

export function fetchSeries(org: string): Promise<Page<Series>> {
  return api().get('/api/v1/orgs/{org}/receipts/series', { path: { org }, query: { limit: 100 } })
}

export function registerSeries(org: string, body: { receiptCode: string; firstNo: number; lastNo: number }): Promise<Series> {
  return api().post('/api/v1/orgs/{org}/receipts/series', { path: { org }, body })
}

export function downloadReceiptPdf(org: string, receipt: Receipt): Promise<string> {
  return downloadFile('/api/v1/orgs/{org}/receipts/{receiptId}/pdf', {
    path: { org, receiptId: receipt.id! },
    accept: 'application/pdf',
    fallbackName: `receipt-${receipt.receiptCode}-${receipt.receiptNo}.pdf`,
  })
}
