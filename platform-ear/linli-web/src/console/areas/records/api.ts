import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type ServiceRecord = Schemas['RecordView']
export type OverdueRecord = Schemas['OverdueRecordView']
export type RecordStatus = Schemas['RecordStatus']
export type Facts = Schemas['FactsInput']
export type CorrectionRequest = Schemas['RequestView']
export type Training = Schemas['TrainingView']
export type TrainingInput = Schemas['TrainingRequest']
export type Award = Schemas['AwardView']
export type AwardInput = Schemas['AwardRequest']
export type AwardLevel = Schemas['AwardLevel']

export const RECORD_STATUSES: RecordStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED']
export const REQUEST_STATUSES = ['OPEN', 'CORRECTED', 'DECLINED'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]
export const AWARD_LEVELS: AwardLevel[] = ['ORGANIZATION', 'DISTRICT', 'MUNICIPAL', 'PROVINCIAL', 'NATIONAL']

export interface RecordFilters {
  status?: RecordStatus | ''
  volunteerId?: string
  activityId?: string
  from?: string
  to?: string
}

/** GET /api/v1/orgs/{org}/service-records: one page by status, volunteer and service date. */
export function fetchRecords(org: string, cursor: string | null, filters: RecordFilters = {}, limit = 20): Promise<Page<ServiceRecord>> {
  return useApi().get('/api/v1/orgs/{org}/service-records', {
    path: { org },
    query: {
      limit,
      cursor,
      status: filters.status || undefined,
      volunteerId: filters.volunteerId || undefined,
      activityId: filters.activityId || undefined,
      from: filters.from || undefined,
      to: filters.to || undefined,
    },
  })
}

export function fetchOverdue(org: string, cursor: string | null, limit = 20): Promise<Page<OverdueRecord>> {
  return useApi().get('/api/v1/orgs/{org}/service-records/overdue', { path: { org }, query: { limit, cursor } })
}

export function fetchRecord(org: string, recordId: string): Promise<ServiceRecord> {
  return useApi().get('/api/v1/orgs/{org}/service-records/{recordId}', { path: { org, recordId } })
}

/** Approve or reject records, all or nothing (a reject carries the reason as `note`). */
export function review(org: string, recordIds: string[], decision: 'APPROVE' | 'REJECT', note?: string): Promise<ServiceRecord[]> {
  return useApi().post('/api/v1/orgs/{org}/service-records/review', {
    path: { org },
    body: { recordIds, decision, note: note || undefined },
  })
}

/** Staff enter hours by hand (with a reason); the record starts PENDING. */
export function enterRecord(org: string, volunteerId: string, facts: Facts, reason: string): Promise<ServiceRecord> {
  return useApi().post('/api/v1/orgs/{org}/service-records', { path: { org }, body: { volunteerId, facts, reason } })
}

/** A correction: a new PENDING record that supersedes this one once approved. */
export function correctRecord(org: string, recordId: string, facts: Facts, reason: string): Promise<ServiceRecord> {
  return useApi().post('/api/v1/orgs/{org}/service-records/{recordId}/correction', {
    path: { org, recordId },
    body: { facts, reason },
  })
}

export function fetchCorrectionRequests(org: string, cursor: string | null, status: RequestStatus = 'OPEN', limit = 20): Promise<Page<CorrectionRequest>> {
  return useApi().get('/api/v1/orgs/{org}/correction-requests', { path: { org }, query: { limit, cursor, status } })
}

export function acceptCorrectionRequest(org: string, requestId: string, facts: Facts, reason: string): Promise<CorrectionRequest> {
  return useApi().post('/api/v1/orgs/{org}/correction-requests/{requestId}/correct', {
    path: { org, requestId },
    body: { facts, reason },
  })
}

export function declineCorrectionRequest(org: string, requestId: string, resolution: string): Promise<CorrectionRequest> {
  return useApi().post('/api/v1/orgs/{org}/correction-requests/{requestId}/decline', {
    path: { org, requestId },
    body: { resolution },
  })
}

export function fetchTrainings(org: string, volunteerId: string, cursor: string | null, limit = 20): Promise<Page<Training>> {
  return useApi().get('/api/v1/orgs/{org}/volunteers/{volunteerId}/trainings', { path: { org, volunteerId }, query: { limit, cursor } })
}

export function addTraining(org: string, volunteerId: string, body: TrainingInput): Promise<Training> {
  return useApi().post('/api/v1/orgs/{org}/volunteers/{volunteerId}/trainings', { path: { org, volunteerId }, body })
}

export function fetchAwards(org: string, volunteerId: string, cursor: string | null, limit = 20): Promise<Page<Award>> {
  return useApi().get('/api/v1/orgs/{org}/volunteers/{volunteerId}/awards', { path: { org, volunteerId }, query: { limit, cursor } })
}

export function addAward(org: string, volunteerId: string, body: AwardInput): Promise<Award> {
  return useApi().post('/api/v1/orgs/{org}/volunteers/{volunteerId}/awards', { path: { org, volunteerId }, body })
}
