import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'
import { downloadFile } from '@/shared/api/download'

export type Voucher = Schemas['VoucherView']
export type VoucherRequest = Schemas['VoucherRequest']
export type Fund = Schemas['FundView']
export type FundRequest = Schemas['FundRequest']
export type ChartAccount = Schemas['ChartAccountView']
export type TrialBalance = Schemas['TrialBalanceView']
export type BalanceSheet = Schemas['BalanceSheetView']
export type Activities = Schemas['ActivitiesView']
export type CashFlows = Schemas['CashFlowView']

const api = () => useApi()

export function fetchChart(org: string): Promise<Schemas['ChartView']> {
  return api().get('/api/v1/orgs/{org}/accounting/chart', { path: { org } })
}

export function fetchVouchers(
  org: string,
  filters: { from?: string; to?: string; status?: 'DRAFT' | 'POSTED' | '' },
  cursor: string | null,
  limit = 20,
): Promise<Page<Voucher>> {
  return api().get('/api/v1/orgs/{org}/accounting/vouchers', {
    path: { org },
    query: { from: filters.from || undefined, to: filters.to || undefined, status: filters.status || undefined, limit, cursor },
  })
}

export function draftVoucher(org: string, body: VoucherRequest, idempotencyKey: string): Promise<Voucher> {
  return api().post('/api/v1/orgs/{org}/accounting/vouchers', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

export function approveVoucher(org: string, voucherId: string, idempotencyKey: string): Promise<Voucher> {
  return api().post('/api/v1/orgs/{org}/accounting/vouchers/{voucherId}/approve', {
    path: { org, voucherId },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function reverseVoucher(org: string, voucherId: string, reason: string, idempotencyKey: string): Promise<Voucher> {
  return api().post('/api/v1/orgs/{org}/accounting/vouchers/{voucherId}/reverse', {
    path: { org, voucherId },
    body: { reason },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function fetchFunds(org: string, cursor: string | null, limit = 50): Promise<Page<Fund>> {
  return api().get('/api/v1/orgs/{org}/funds', { path: { org }, query: { limit, cursor } })
}

export function createFund(org: string, body: FundRequest, idempotencyKey: string): Promise<Fund> {
  return api().post('/api/v1/orgs/{org}/funds', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

export function releaseFund(
  org: string,
  fundId: string,
  body: { amount: string; date: string; reason: string },
  idempotencyKey: string,
): Promise<Voucher> {
  return api().post('/api/v1/orgs/{org}/funds/{fundId}/release', {
    path: { org, fundId },
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function fetchTrialBalance(org: string, from: string, to: string): Promise<TrialBalance> {
  return api().get('/api/v1/orgs/{org}/accounting/trial-balance', { path: { org }, query: { from, to } })
}

export function fetchBalanceSheet(org: string, at: string): Promise<BalanceSheet> {
  return api().get('/api/v1/orgs/{org}/accounting/statements/balance-sheet', { path: { org }, query: { at } })
}

export function fetchActivities(org: string, from: string, to: string): Promise<Activities> {
  return api().get('/api/v1/orgs/{org}/accounting/statements/activities', { path: { org }, query: { from, to } })
}

export function fetchCashFlows(org: string, from: string, to: string): Promise<CashFlows> {
  return api().get('/api/v1/orgs/{org}/accounting/statements/cash-flows', { path: { org }, query: { from, to } })
}

// ---- Statement files (XLSX, PDF) and the closed periods (期末结账) ----

export type StatementFile = 'balance-sheet' | 'activities' | 'cash-flows' | 'trial-balance'
export type FileFormat = 'xlsx' | 'pdf'
const MEDIA: Record<FileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
}

/** Downloads a statement (or the trial balance) as a file with the same figures as the screen; answers the file name. */
export function downloadStatement(
  org: string,
  statement: StatementFile,
  format: FileFormat,
  range: { at?: string; from?: string; to?: string },
): Promise<string> {
  const options = { path: { org }, accept: MEDIA[format], fallbackName: `${statement}.${format}` }
  switch (statement) {
    case 'balance-sheet':
      return downloadFile('/api/v1/orgs/{org}/accounting/statements/balance-sheet/download', { ...options, query: { format, at: range.at } })
    case 'activities':
      return downloadFile('/api/v1/orgs/{org}/accounting/statements/activities/download', { ...options, query: { format, from: range.from, to: range.to } })
    case 'cash-flows':
      return downloadFile('/api/v1/orgs/{org}/accounting/statements/cash-flows/download', { ...options, query: { format, from: range.from, to: range.to } })
    case 'trial-balance':
      return downloadFile('/api/v1/orgs/{org}/accounting/trial-balance/download', { ...options, query: { format, from: range.from, to: range.to } })
  }
}

export type ClosedPeriod = Schemas['ClosedPeriodView']

export function fetchClosedPeriods(org: string, cursor: string | null, limit = 20): Promise<Page<ClosedPeriod>> {
  return api().get('/api/v1/orgs/{org}/accounting/periods', { path: { org }, query: { limit, cursor } })
}

/** 结账: closes a month for good; answers the closing voucher (null when nothing was open). */
export function closePeriod(org: string, period: string): Promise<Schemas['ClosedPeriod']> {
  return api().post('/api/v1/orgs/{org}/accounting/periods/{period}/close', { path: { org, period } })
}
