import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type MyTimeAccount = Schemas['MyTimeAccount']
export type Beneficiary = Schemas['BeneficiaryView']
export type FamilyTransfer = Schemas['TransferView']
export type ServiceRequest = Schemas['ServiceRequestView']
export type Outbound = Schemas['OutboundView']
export type TimeBankRules = Schemas['TimeBankRulesView']
export type Donation = Schemas['DonationView']
export type Partner = Schemas['Partner']

/** GET /api/v1/me/time-accounts: my hours in every organization. */
export function fetchMyTimeAccounts(cursor: string | null, limit = 20): Promise<Page<MyTimeAccount>> {
  return useApi().get('/api/v1/me/time-accounts', { query: { limit, cursor } })
}

/** My account in one organization (walks my few accounts). */
export async function fetchMyTimeAccount(org: string): Promise<MyTimeAccount | undefined> {
  let cursor: string | null = null
  for (let i = 0; i < 20; i++) {
    const page = await fetchMyTimeAccounts(cursor, 100)
    const found = page.items.find((a) => a.org === org)
    if (found || !page.nextCursor) return found
    cursor = page.nextCursor
  }
  return undefined
}

export function fetchRulesInForce(org: string): Promise<TimeBankRules> {
  return useApi().get('/api/v1/orgs/{org}/time-bank/rules/in-force', { path: { org } })
}

/** My family beneficiaries (a volunteer sees only their own). */
export function fetchBeneficiaries(org: string, cursor: string | null, limit = 50): Promise<Page<Beneficiary>> {
  return useApi().get('/api/v1/orgs/{org}/time-bank/beneficiaries', { path: { org }, query: { limit, cursor } })
}

export function fetchTransfers(org: string, cursor: string | null, limit = 20): Promise<Page<FamilyTransfer>> {
  return useApi().get('/api/v1/orgs/{org}/time-bank/family-transfers', { path: { org }, query: { limit, cursor } })
}

export function transferToFamily(
  org: string,
  body: { volunteerId: string; beneficiaryId: string; hours: string },
  idempotencyKey: string,
): Promise<FamilyTransfer> {
  return useApi().post('/api/v1/orgs/{org}/time-bank/family-transfers', {
    path: { org },
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

/** Donate my own hours to the community pool. */
export function donate(org: string, body: { hours: string; from: 'CREDIT' | 'DONATE_ONLY' }, idempotencyKey: string): Promise<Donation> {
  return useApi().post('/api/v1/orgs/{org}/time-bank/donations', {
    path: { org },
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

/** Requests I made or was assigned to. */
export function fetchServiceRequests(org: string, cursor: string | null, limit = 20): Promise<Page<ServiceRequest>> {
  return useApi().get('/api/v1/orgs/{org}/time-bank/service-requests', { path: { org }, query: { limit, cursor } })
}

export function requestService(
  org: string,
  body: { requester: { volunteerId: string }; serviceCategory: string; description: string; hours: string; scheduledFor?: string },
  idempotencyKey: string,
): Promise<ServiceRequest> {
  return useApi().post('/api/v1/orgs/{org}/time-bank/service-requests', {
    path: { org },
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function cancelServiceRequest(org: string, serviceRequestId: string): Promise<ServiceRequest> {
  return useApi().post('/api/v1/orgs/{org}/time-bank/service-requests/{serviceRequestId}/cancel', {
    path: { org, serviceRequestId },
  })
}

/** 通存通兑: my requests to be served at a partner organization, paid with my hours here. */
export function fetchOutbound(org: string, cursor: string | null, limit = 20): Promise<Page<Outbound>> {
  return useApi().get('/api/v1/orgs/{org}/time-bank/clearing/outbound-requests', { path: { org }, query: { limit, cursor } })
}

export function requestElsewhere(
  org: string,
  body: { serviceOrg: string; serviceCategory: string; description: string; hours: string },
  idempotencyKey: string,
): Promise<Outbound> {
  return useApi().post('/api/v1/orgs/{org}/time-bank/clearing/outbound-requests', {
    path: { org },
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

/** Cancel an open request, or take the hours back after the partner declined. */
export function cancelOutbound(org: string, outboundId: string): Promise<Outbound> {
  return useApi().post('/api/v1/orgs/{org}/time-bank/clearing/outbound-requests/{outboundId}/cancel', {
    path: { org, outboundId },
  })
}

/**
 * My volunteer id in an organization, needed where the API asks for it (family transfers, service
 * requests). /api/v1/me does not give it. My points account does; for a plain volunteer (who sees
 * only their own rows) so do my beneficiaries, transfers, 通存通兑 requests and service requests.
 * Staff see everyone's rows there, so for them only the points account counts. Undefined when
 * nothing tells it yet.
 */
export async function findMyVolunteerId(org: string, isStaff: boolean): Promise<string | undefined> {
  const points = await useApi().get('/api/v1/me/points')
  const fromPoints = points.balances?.find((b) => b.org === org)?.volunteerId
  if (fromPoints || isStaff) return fromPoints
  const [family, transfers, outbound, requests] = await Promise.all([
    fetchBeneficiaries(org, null, 1).catch(() => null),
    fetchTransfers(org, null, 1).catch(() => null),
    fetchOutbound(org, null, 1).catch(() => null),
    fetchServiceRequests(org, null, 20).catch(() => null),
  ])
  const fromRequests = requests?.items
    .map((r) => (r.requester?.beneficiaryId ? r.providerVolunteerId : !r.providerVolunteerId ? r.requester?.volunteerId : undefined))
    .find((id) => !!id)
  return family?.items[0]?.volunteerId ?? transfers?.items[0]?.volunteerId ?? outbound?.items[0]?.volunteerId ?? fromRequests
}

/** Organizations with an active 通存通兑 agreement with this one (where I can be served). */
export async function fetchPartners(org: string): Promise<Partner[]> {
  const out: Partner[] = []
  let cursor: string | null = null
  for (let page = 0; page < 20; page++) {
    const answer: Page<Partner> = await useApi().get('/api/v1/orgs/{org}/time-bank/clearing/partners', {
      path: { org },
      query: { limit: 100, cursor },
    })
    out.push(...answer.items)
    if (!answer.nextCursor) break
    cursor = answer.nextCursor
  }
  return out
}
