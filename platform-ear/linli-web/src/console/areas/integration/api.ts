import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type DeadLetter = Schemas['DeadLetterView']
export type DeadLetterStatus = 'OPEN' | 'REPLAYED' | 'DISCARDED'
export type IntegrationStatus = Schemas['IntegrationStatusView']

const api = () => useApi()

/** GET /api/v1/orgs/{org}/integration/status: the outbound flows with their backlog. */
export function fetchStatus(org: string): Promise<IntegrationStatus> {
  return api().get('/api/v1/orgs/{org}/integration/status', { path: { org } })
}

/** GET /api/v1/orgs/{org}/integration/dead-letters: newest first. */
export function fetchDeadLetters(
  org: string,
  status: DeadLetterStatus | '',
  cursor: string | null,
  limit = 20,
): Promise<Page<DeadLetter>> {
  return api().get('/api/v1/orgs/{org}/integration/dead-letters', {
    path: { org },
    query: { limit, cursor, status: status || undefined },
  })
}

export function replay(org: string, deadLetterId: string): Promise<DeadLetter> {
  return api().post('/api/v1/orgs/{org}/integration/dead-letters/{deadLetterId}/replay', {
    path: { org, deadLetterId },
  })
}

export function discard(org: string, deadLetterId: string, reason: string): Promise<DeadLetter> {
  return api().post('/api/v1/orgs/{org}/integration/dead-letters/{deadLetterId}/discard', {
    path: { org, deadLetterId },
    body: { reason },
  })
}

// ---- Outbound flows (issue 21, part B): status, backlog, settings ----

export type Flow = Schemas['FlowView']
export type FlowEvent = Schemas['BacklogEntryView']
export type FlowEventStatus = 'PENDING' | 'SENT' | 'DEAD'

/** GET /api/v1/orgs/{org}/integration/flows: every outbound flow (a short, fixed list). */
export function fetchFlows(org: string, cursor: string | null, limit = 20): Promise<Page<Flow>> {
  return api().get('/api/v1/orgs/{org}/integration/flows', { path: { org }, query: { limit, cursor } })
}

/** GET /api/v1/orgs/{org}/integration/flows/{flow}/events: newest first, in one status. */
export function fetchFlowEvents(
  org: string,
  flow: string,
  status: FlowEventStatus,
  cursor: string | null,
  limit = 20,
): Promise<Page<FlowEvent>> {
  return api().get('/api/v1/orgs/{org}/integration/flows/{flow}/events', {
    path: { org, flow },
    query: { limit, cursor, status },
  })
}

/** PUT …/flows/{flow}/settings (org admins): credential undefined keeps it, '' removes it. */
export function saveFlowSettings(
  org: string,
  flow: string,
  body: { enabled: boolean; endpoint?: string; credential?: string },
): Promise<Flow> {
  return api().put('/api/v1/orgs/{org}/integration/flows/{flow}/settings', { path: { org, flow }, body })
}

export type InboundFile = Schemas['InboundFileView']
export type RejectedRow = Schemas['RejectedRowView']

/** GET /api/v1/orgs/{org}/integration/files: the lists civil-affairs sent, newest first. */
export function fetchFiles(org: string, cursor: string | null, limit = 20): Promise<Page<InboundFile>> {
  return api().get('/api/v1/orgs/{org}/integration/files', { path: { org }, query: { limit, cursor } })
}

/** GET /api/v1/orgs/{org}/integration/files/{fileId}/rejected-rows: in line order. */
export function fetchRejectedRows(org: string, fileId: string, cursor: string | null, limit = 50): Promise<Page<RejectedRow>> {
  return api().get('/api/v1/orgs/{org}/integration/files/{fileId}/rejected-rows', {
    path: { org, fileId },
    query: { limit, cursor },
  })
}

// ---- Staff tasks (待办) left by civil-affairs lists (issue 21, inbound) ----

export type StaffTask = Schemas['StaffTaskView']
export type StaffTaskStatus = 'OPEN' | 'DONE'

/** GET /api/v1/orgs/{org}/integration/tasks: newest first, in one status or all. */
export function fetchTasks(org: string, status: StaffTaskStatus | '', cursor: string | null, limit = 20): Promise<Page<StaffTask>> {
  return api().get('/api/v1/orgs/{org}/integration/tasks', {
    path: { org },
    query: { limit, cursor, status: status || undefined },
  })
}

/** POST …/tasks/{taskId}/resolve: done, with a note of what staff did (audited). */
export function resolveTask(org: string, taskId: string, note: string): Promise<StaffTask> {
  return api().post('/api/v1/orgs/{org}/integration/tasks/{taskId}/resolve', {
    path: { org, taskId },
    body: { note },
  })
}
