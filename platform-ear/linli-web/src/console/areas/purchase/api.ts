import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type Contract = Schemas['ContractView']
export type ContractDetail = Schemas['ContractDetailView']
export type ContractDraft = Schemas['ContractDraftRequest']
export type Resident = Schemas['ResidentView']
export type ResidentRequest = Schemas['ResidentRequest']
export type ContractResident = Schemas['ContractResidentView']
export type Order = Schemas['OrderView']
export type OrderDetail = Schemas['OrderDetailView']
export type CreatedOrder = Schemas['CreatedOrderView']
export type Member = Schemas['MemberView']
export type Flag = Schemas['FlagView']

const api = () => useApi()

export function fetchContracts(org: string, cursor: string | null, limit = 20): Promise<Page<Contract>> {
  return api().get('/api/v1/orgs/{org}/contracts', { path: { org }, query: { limit, cursor } })
}

export function fetchContract(org: string, id: string): Promise<ContractDetail> {
  return api().get('/api/v1/orgs/{org}/contracts/{contractId}', { path: { org, contractId: id } })
}

export function draftContract(org: string, body: ContractDraft, idempotencyKey: string): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

export function submitContract(org: string, id: string): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/submit', { path: { org, contractId: id } })
}

export function acceptContract(org: string, id: string): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/accept', { path: { org, contractId: id } })
}

export function declineContract(org: string, id: string, reason: string): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/decline', { path: { org, contractId: id }, body: { reason } })
}

export function fetchResidents(org: string, q: string, cursor: string | null, limit = 20): Promise<Page<Resident>> {
  return api().get('/api/v1/orgs/{org}/residents', { path: { org }, query: { limit, cursor, q: q || undefined } })
}

export function registerResident(org: string, body: ResidentRequest, idempotencyKey: string): Promise<Resident> {
  return api().post('/api/v1/orgs/{org}/residents', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

export function importResidents(org: string, csv: string): Promise<Schemas['ImportResultView']> {
  return api().post('/api/v1/orgs/{org}/residents/import', { path: { org }, content: { type: 'text/csv', data: csv } })
}

export function assignResident(org: string, id: string, residentId: string): Promise<ContractResident> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/residents', { path: { org, contractId: id }, body: { residentId } })
}

/** A contract's residents; `q` is a part of the name or the ID number's last characters (masked form). */
export function fetchContractResidents(org: string, id: string, q = '', limit = 20): Promise<Page<ContractResident>> {
  return api().get('/api/v1/orgs/{org}/contracts/{contractId}/residents', {
    path: { org, contractId: id },
    query: { limit, q: q.trim().slice(0, 50) || undefined },
  })
}

export function fetchOrders(org: string, cursor: string | null, limit = 20): Promise<Page<Order>> {
  return api().get('/api/v1/orgs/{org}/service-orders', { path: { org }, query: { limit, cursor } })
}

export function createOrder(org: string, body: Schemas['OrderRequest'], idempotencyKey: string): Promise<CreatedOrder> {
  return api().post('/api/v1/orgs/{org}/service-orders', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

export function assignWorker(org: string, id: string, workerPersonId: string): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/assign', { path: { org, orderId: id }, body: { workerPersonId } })
}

export function fetchMembers(org: string): Promise<Page<Member>> {
  return api().get('/api/v1/orgs/{org}/members', { path: { org }, query: { limit: 100 } })
}

export async function fetchOrderFlags(org: string, id: string): Promise<Flag[]> {
  // One order's flags (at most one per rule) are one page.
  const page = await api().get('/api/v1/orgs/{org}/service-orders/{orderId}/flags', { path: { org, orderId: id } })
  return page.items
}

export function decideFlag(org: string, id: string, rule: string, decision: 'accept' | 'reject', reason: string): Promise<Flag> {
  const path = { org, orderId: id, rule }
  return decision === 'accept'
    ? api().post('/api/v1/orgs/{org}/service-orders/{orderId}/flags/{rule}/accept', { path, body: { reason } })
    : api().post('/api/v1/orgs/{org}/service-orders/{orderId}/flags/{rule}/reject', { path, body: { reason } })
}

// ---- Monthly settlements (issue 20, settlement): the ETag is the settlement's version.
export type Settlement = Schemas['PurchaseSettlementView']
export type SettlementDetail = Schemas['PurchaseSettlementDetailView']
export type SettledOrder = Schemas['SettledOrderView']

export function fetchSettlements(org: string, cursor: string | null, limit = 20): Promise<Page<Settlement>> {
  return api().get('/api/v1/orgs/{org}/settlements', { path: { org }, query: { limit, cursor } })
}

export function fetchSettlement(org: string, id: string): Promise<SettlementDetail> {
  return api().get('/api/v1/orgs/{org}/settlements/{settlementId}', { path: { org, settlementId: id } })
}

export function fetchDeductedOrders(org: string, id: string): Promise<Page<SettledOrder>> {
  return api().get('/api/v1/orgs/{org}/settlements/{settlementId}/orders', {
    path: { org, settlementId: id },
    query: { outcome: 'DEDUCTED', limit: 100 },
  })
}

export type ProjectLedger = Schemas['ProjectLedgerView']

/** The contract's project ledger (专账) in the provider's books, one page. */
export function fetchProjectLedger(org: string, contractId: string, cursor: string | null, limit = 50): Promise<ProjectLedger> {
  return api().get('/api/v1/orgs/{org}/settlements/contracts/{contractId}/ledger', {
    path: { org, contractId },
    query: { limit, cursor },
  })
}

export function draftSettlement(org: string, contractId: string, month: string, idempotencyKey: string): Promise<SettlementDetail> {
  return api().post('/api/v1/orgs/{org}/settlements', {
    path: { org },
    body: { contractId, month },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

const ifMatch = (s: Settlement) => `"${s.version}"`

export function acceptSettlement(org: string, s: Settlement, idempotencyKey: string): Promise<SettlementDetail> {
  return api().post('/api/v1/orgs/{org}/settlements/{settlementId}/accept', {
    path: { org, settlementId: s.id! },
    headers: { 'Idempotency-Key': idempotencyKey, 'If-Match': ifMatch(s) },
  })
}

export function invoiceSettlement(org: string, s: Settlement, invoiceNo: string, amount: string, idempotencyKey: string): Promise<SettlementDetail> {
  return api().post('/api/v1/orgs/{org}/settlements/{settlementId}/invoice', {
    path: { org, settlementId: s.id! },
    body: { invoiceNo, amount },
    headers: { 'Idempotency-Key': idempotencyKey, 'If-Match': ifMatch(s) },
  })
}

export function paySettlement(org: string, s: Settlement, paidOn: string, reference: string, idempotencyKey: string): Promise<SettlementDetail> {
  return api().post('/api/v1/orgs/{org}/settlements/{settlementId}/pay', {
    path: { org, settlementId: s.id! },
    body: { paidOn, reference },
    headers: { 'Idempotency-Key': idempotencyKey, 'If-Match': ifMatch(s) },
  })
}

// ---- Contracts, orders and flags: amendments answered by the provider, publication,
// termination, order cancel / no-show / follow-up, a provider's flags (issue 20).

export type Amendment = Schemas['ContractAmendRequest']

export function amendContract(org: string, id: string, body: Amendment): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/amendments', { path: { org, contractId: id }, body })
}

export function acceptAmendment(org: string, id: string, version: number): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/amendments/{version}/accept', {
    path: { org, contractId: id, version: String(version) },
  })
}

export function refuseAmendment(org: string, id: string, version: number, reason: string): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/amendments/{version}/refuse', {
    path: { org, contractId: id, version: String(version) },
    body: { reason },
  })
}

export function publishContract(org: string, id: string, published: boolean): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/publication', { path: { org, contractId: id }, body: { published } })
}

export function terminateContract(org: string, id: string, terminatedOn: string, reason: string): Promise<ContractDetail> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/terminate', { path: { org, contractId: id }, body: { terminatedOn, reason } })
}

export function cancelOrder(org: string, id: string): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/cancel', { path: { org, orderId: id } })
}

export function noShowOrder(org: string, id: string): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/no-show', { path: { org, orderId: id } })
}

export function followUpOrder(org: string, id: string, satisfaction: number, note: string): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/follow-up', {
    path: { org, orderId: id },
    body: { satisfaction, note: note || undefined },
  })
}

export function fetchContractFlags(org: string, contractId: string, status: string, cursor: string | null, limit = 20): Promise<Page<Flag>> {
  return api().get('/api/v1/orgs/{org}/contracts/{contractId}/flags', {
    path: { org, contractId },
    query: { limit, cursor, status: status || undefined },
  })
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function importResidentsWorkbook(org: string, file: Blob): Promise<Schemas['ImportResultView']> {
  return api().post('/api/v1/orgs/{org}/residents/import', { path: { org }, content: { type: XLSX_TYPE, data: file } })
}

// ---- Acceptance sampling and rectification (part B)
export type Sample = Schemas['SampleView']
export type SampledOrder = Schemas['SampledOrderView']
export type SampleRate = Schemas['SampleRateView']
export type Verification = Schemas['SampleVerificationView']
export type Rectification = Schemas['RectificationView']

export function fetchSampleRate(org: string, contractId: string): Promise<SampleRate> {
  return api().get('/api/v1/orgs/{org}/contracts/{contractId}/samples/settings', { path: { org, contractId } })
}

export function setSampleRate(org: string, contractId: string, ratePercent: number): Promise<SampleRate> {
  return api().put('/api/v1/orgs/{org}/contracts/{contractId}/samples/settings', { path: { org, contractId }, body: { ratePercent } })
}

export function fetchSamples(org: string, contractId: string): Promise<Page<Sample>> {
  return api().get('/api/v1/orgs/{org}/contracts/{contractId}/samples', { path: { org, contractId }, query: { limit: 100 } })
}

export function drawSample(org: string, contractId: string, month: string, idempotencyKey: string): Promise<Sample> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/samples', {
    path: { org, contractId },
    body: { month },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function verifySample(org: string, contractId: string, sampleId: string): Promise<Verification> {
  return api().get('/api/v1/orgs/{org}/contracts/{contractId}/samples/{sampleId}/verification', { path: { org, contractId, sampleId } })
}

export function discardSample(org: string, contractId: string, sampleId: string, reason: string): Promise<Sample> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/samples/{sampleId}/discard', { path: { org, contractId, sampleId }, body: { reason } })
}

export function fetchSampledOrders(org: string, contractId: string, sample: string, cursor: string | null): Promise<Page<SampledOrder>> {
  return api().get('/api/v1/orgs/{org}/contracts/{contractId}/sampled-orders', { path: { org, contractId }, query: { sample, limit: 50, cursor } })
}

export function recordCheck(
  org: string,
  contractId: string,
  sampleId: string,
  orderId: string,
  body: { result: 'PASSED' | 'FAILED' | 'RECTIFY'; note?: string; reason?: string },
): Promise<SampledOrder> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/samples/{sampleId}/orders/{orderId}/checks', {
    path: { org, contractId, sampleId, orderId },
    body,
  })
}

export function fetchRectifications(org: string, contractId: string, late: boolean, cursor: string | null): Promise<Page<Rectification>> {
  return api().get('/api/v1/orgs/{org}/contracts/{contractId}/rectifications', {
    path: { org, contractId },
    query: { limit: 20, cursor, late: late ? 'true' : undefined },
  })
}

export function issueRectification(org: string, contractId: string, body: Schemas['RectificationRequest']): Promise<Rectification> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/rectifications', { path: { org, contractId }, body })
}

export function answerRectification(org: string, contractId: string, id: string, text: string, evidenceSha256?: string): Promise<Rectification> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/rectifications/{rectificationId}/answer', {
    path: { org, contractId, rectificationId: id },
    body: { text, evidenceSha256 },
  })
}

export function closeRectification(org: string, contractId: string, id: string, outcome: 'PASSED' | 'FAILED', note?: string): Promise<Rectification> {
  return api().post('/api/v1/orgs/{org}/contracts/{contractId}/rectifications/{rectificationId}/close', {
    path: { org, contractId, rectificationId: id },
    body: { outcome, note },
  })
}
