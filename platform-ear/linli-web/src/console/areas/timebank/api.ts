import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type TimeBankRules = Schemas['TimeBankRulesView']
export type PublishRules = Schemas['PublishTimeBankRules']
export type Beneficiary = Schemas['BeneficiaryView']
export type BeneficiaryRequest = Schemas['BeneficiaryRequest']
export type Relation = Schemas['Relation']
export type FamilyTransfer = Schemas['TransferView']
export type ServiceRequest = Schemas['ServiceRequestView']
export type ServiceRequestStatus = Schemas['ServiceRequestStatus']
export type ServiceRequestInput = Schemas['ServiceRequestInput']
export type Pool = Schemas['PoolView']
export type PoolLine = Schemas['PoolLine']
export type Reminder = Schemas['ReminderView']
export type TimeAccount = Schemas['TimeAccountView']
export type Agreement = Schemas['AgreementView']
export type Inbound = Schemas['InboundView']
export type InboundStatus = Schemas['InboundStatus']
export type Outbound = Schemas['OutboundView']
export type OutboundStatus = Schemas['OutboundStatus']
export type Statement = Schemas['StatementView']

const api = () => useApi()
const idem = (key: string) => ({ 'Idempotency-Key': key })

// Rules
export const fetchRules = (org: string, cursor: string | null, limit = 20): Promise<Page<TimeBankRules>> =>
  api().get('/api/v1/orgs/{org}/time-bank/rules', { path: { org }, query: { limit, cursor } })
export const fetchRulesInForce = (org: string, date?: string): Promise<TimeBankRules> =>
  api().get('/api/v1/orgs/{org}/time-bank/rules/in-force', { path: { org }, query: { date } })
export const publishRules = (org: string, body: PublishRules): Promise<TimeBankRules> =>
  api().post('/api/v1/orgs/{org}/time-bank/rules', { path: { org }, body })

// Beneficiaries and family transfers
export const fetchBeneficiaries = (org: string, cursor: string | null, volunteerId?: string, limit = 20): Promise<Page<Beneficiary>> =>
  api().get('/api/v1/orgs/{org}/time-bank/beneficiaries', { path: { org }, query: { volunteerId, limit, cursor } })
export const registerBeneficiary = (org: string, body: BeneficiaryRequest, key: string): Promise<Beneficiary> =>
  api().post('/api/v1/orgs/{org}/time-bank/beneficiaries', { path: { org }, body, headers: idem(key) })
export const fetchTransfers = (org: string, cursor: string | null, volunteerId?: string, limit = 20): Promise<Page<FamilyTransfer>> =>
  api().get('/api/v1/orgs/{org}/time-bank/family-transfers', { path: { org }, query: { volunteerId, limit, cursor } })
export const transfer = (org: string, body: { volunteerId: string; beneficiaryId: string; hours: string }, key: string): Promise<FamilyTransfer> =>
  api().post('/api/v1/orgs/{org}/time-bank/family-transfers', { path: { org }, body, headers: idem(key) })

// Service requests
export const fetchServiceRequests = (org: string, status: ServiceRequestStatus | '', cursor: string | null, limit = 20): Promise<Page<ServiceRequest>> =>
  api().get('/api/v1/orgs/{org}/time-bank/service-requests', { path: { org }, query: { status: status || undefined, limit, cursor } })
export const createServiceRequest = (org: string, body: ServiceRequestInput, key: string): Promise<ServiceRequest> =>
  api().post('/api/v1/orgs/{org}/time-bank/service-requests', { path: { org }, body, headers: idem(key) })
export const assignServiceRequest = (org: string, serviceRequestId: string, providerVolunteerId: string): Promise<ServiceRequest> =>
  api().post('/api/v1/orgs/{org}/time-bank/service-requests/{serviceRequestId}/assign', { path: { org, serviceRequestId }, body: { providerVolunteerId } })
export const confirmServiceRequest = (org: string, serviceRequestId: string, hoursDelivered: string): Promise<ServiceRequest> =>
  api().post('/api/v1/orgs/{org}/time-bank/service-requests/{serviceRequestId}/confirm', { path: { org, serviceRequestId }, body: { hoursDelivered } })
export const cancelServiceRequest = (org: string, serviceRequestId: string): Promise<ServiceRequest> =>
  api().post('/api/v1/orgs/{org}/time-bank/service-requests/{serviceRequestId}/cancel', { path: { org, serviceRequestId } })

// Accounts, pool, donations, dormancy
export const fetchTimeAccount = (org: string, volunteerId: string): Promise<TimeAccount> =>
  api().get('/api/v1/orgs/{org}/volunteers/{volunteerId}/time-account', { path: { org, volunteerId } })
export const fetchPool = (org: string, cursor: string | null, limit = 20): Promise<Pool> =>
  api().get('/api/v1/orgs/{org}/time-bank/pool', { path: { org }, query: { limit, cursor } })
export const donateFor = (org: string, body: { volunteerId: string; hours: string; from: 'CREDIT' | 'DONATE_ONLY'; reason: string }, key: string) =>
  api().post('/api/v1/orgs/{org}/time-bank/donations', { path: { org }, body, headers: idem(key) })
export const fetchReminders = (org: string, cursor: string | null, volunteerId?: string, limit = 20): Promise<Page<Reminder>> =>
  api().get('/api/v1/orgs/{org}/time-bank/dormancy-reminders', { path: { org }, query: { volunteerId, limit, cursor } })
export const runReminders = (org: string, asOf?: string) =>
  api().post('/api/v1/orgs/{org}/time-bank/dormancy-reminders/run', { path: { org }, body: asOf ? { asOf } : {} })

// 通存通兑 clearing
export const fetchAgreements = (org: string, cursor: string | null, limit = 50): Promise<Page<Agreement>> =>
  api().get('/api/v1/orgs/{org}/time-bank/clearing/agreements', { path: { org }, query: { limit, cursor } })
export const proposeAgreement = (org: string, counterpartyOrg: string, limitHours: string): Promise<Agreement> =>
  api().post('/api/v1/orgs/{org}/time-bank/clearing/agreements', { path: { org }, body: { counterpartyOrg, limitHours } })
export const acceptAgreement = (org: string, agreementId: string): Promise<Agreement> =>
  api().post('/api/v1/orgs/{org}/time-bank/clearing/agreements/{agreementId}/accept', { path: { org, agreementId } })
export const suspendAgreement = (org: string, agreementId: string): Promise<Agreement> =>
  api().post('/api/v1/orgs/{org}/time-bank/clearing/agreements/{agreementId}/suspend', { path: { org, agreementId } })
export const fetchInbound = (org: string, status: InboundStatus | '', cursor: string | null, limit = 20): Promise<Page<Inbound>> =>
  api().get('/api/v1/orgs/{org}/time-bank/clearing/inbound-requests', { path: { org }, query: { status: status || undefined, limit, cursor } })
export const assignInbound = (org: string, inboundId: string, providerVolunteerId: string): Promise<Inbound> =>
  api().post('/api/v1/orgs/{org}/time-bank/clearing/inbound-requests/{inboundId}/assign', { path: { org, inboundId }, body: { providerVolunteerId } })
export const confirmInbound = (org: string, inboundId: string): Promise<Inbound> =>
  api().post('/api/v1/orgs/{org}/time-bank/clearing/inbound-requests/{inboundId}/confirm', { path: { org, inboundId } })
export const declineInbound = (org: string, inboundId: string, reason: string): Promise<Inbound> =>
  api().post('/api/v1/orgs/{org}/time-bank/clearing/inbound-requests/{inboundId}/decline', { path: { org, inboundId }, body: { reason } })
export const fetchOutbound = (org: string, status: OutboundStatus | '', cursor: string | null, limit = 20): Promise<Page<Outbound>> =>
  api().get('/api/v1/orgs/{org}/time-bank/clearing/outbound-requests', { path: { org }, query: { status: status || undefined, limit, cursor } })
export const createOutbound = (
  org: string,
  body: { volunteerId: string; serviceOrg: string; serviceCategory: string; description: string; hours: string },
  key: string,
): Promise<Outbound> => api().post('/api/v1/orgs/{org}/time-bank/clearing/outbound-requests', { path: { org }, body, headers: idem(key) })
export const cancelOutbound = (org: string, outboundId: string): Promise<Outbound> =>
  api().post('/api/v1/orgs/{org}/time-bank/clearing/outbound-requests/{outboundId}/cancel', { path: { org, outboundId } })
export const fetchStatement = (org: string, period: string): Promise<Statement> =>
  api().get('/api/v1/orgs/{org}/time-bank/clearing/statements', { path: { org }, query: { period } })
