import { SUNSHINE, api, tokenFor, unique } from './bankpoints'

/**
 * Setup for the disbursement and compliance specs, through the API: a restricted fund of
 * sunshine-sw funded by a donation voucher (drafted by the org admin, approved by finance) and
 * the fast lane set up on it, so each run uses money of its own.
 */
const ADMIN = 'admin@sunshine.demo'
const FINANCE = 'finance@sunshine.demo'
const baseUrl = () => process.env.LINLI_TEST_BASE_URL ?? 'http://127.0.0.1:9080'

export async function fundedFund(prefix: string, amount: string): Promise<{ id: string; name: string }> {
  const name = unique(prefix)
  const fund = await api<{ id: string }>(ADMIN, 'POST', `/api/v1/orgs/${SUNSHINE}/funds`, {
    name,
    purpose: '社区困难家庭救助',
    restrictionPurpose: '仅用于社区困难家庭救助',
    restrictedUntil: '2030-12-31',
    budget: '50000.00',
    startDate: '2025-01-01',
    endDate: '2030-12-31',
  })
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
  const voucher = await api<{ id: string }>(ADMIN, 'POST', `/api/v1/orgs/${SUNSHINE}/accounting/vouchers`, {
    date: today,
    summary: '定向捐赠',
    lines: [
      { accountCode: '1002', debit: amount },
      { accountCode: '410102', credit: amount, fundId: fund.id },
    ],
  })
  await api(FINANCE, 'POST', `/api/v1/orgs/${SUNSHINE}/accounting/vouchers/${voucher.id}/approve`)
  return { id: fund.id, name }
}

/** Sets up the fast lane on `fundId` (per case 1000.00, per person and cause 3000.00 a year). */
export async function fastLaneOn(fundId: string): Promise<void> {
  const path = `/api/v1/orgs/${SUNSHINE}/disbursements/settings`
  const token = await tokenFor(ADMIN)
  const current = await fetch(baseUrl() + path, { headers: { Authorization: `Bearer ${token}` } })
  const etag = current.headers.get('ETag') ?? '"0"'
  const response = await fetch(baseUrl() + path, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': etag },
    body: JSON.stringify({
      singleApproverLimit: '2000.00',
      backfillWorkingDays: 5,
      fastLane: { fundId, caseCap: '1000.00', yearlyLimit: '3000.00' },
    }),
  })
  if (!response.ok) throw new Error(`PUT ${path}: HTTP ${response.status} ${await response.text()}`)
}

/** A valid 居民身份证 number nobody else uses in this run. */
export function residentId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0')
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')
  const first17 = `32010619800${Math.floor(1 + Math.random() * 9)}${day}${seq}`
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}
