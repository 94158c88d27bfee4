import type { Facts, ServiceRecord } from './api'

/** The form's shape of a record's facts: times as Date (the pickers'), sent as ISO-8601. */
export interface FactsDraft {
  activityId?: string
  activityName: string
  serviceDate: string
  location: string
  content: string
  startedAt: Date | null
  endedAt: Date | null
  organizer: string
  responsiblePerson: string
}

export function emptyFacts(): FactsDraft {
  return {
    activityName: '',
    serviceDate: '',
    location: '',
    content: '',
    startedAt: null,
    endedAt: null,
    organizer: '',
    responsiblePerson: '',
  }
}

export function factsOf(record: ServiceRecord): FactsDraft {
  return {
    activityId: record.activityId,
    activityName: record.activityName ?? '',
    serviceDate: record.serviceDate ?? '',
    location: record.location ?? '',
    content: record.content ?? '',
    startedAt: record.startedAt ? new Date(record.startedAt) : null,
    endedAt: record.endedAt ? new Date(record.endedAt) : null,
    organizer: record.organizer ?? '',
    responsiblePerson: record.responsiblePerson ?? '',
  }
}

export function toFacts(draft: FactsDraft): Facts {
  return {
    activityId: draft.activityId || undefined,
    activityName: draft.activityName.trim(),
    serviceDate: draft.serviceDate,
    location: draft.location.trim(),
    content: draft.content.trim(),
    startedAt: draft.startedAt!.toISOString(),
    endedAt: draft.endedAt!.toISOString(),
    organizer: draft.organizer.trim(),
    responsiblePerson: draft.responsiblePerson.trim(),
  }
}

/** Hours between start and end (two decimals), as the API counts them; null when not both set. */
export function hoursBetween(startedAt: Date | null, endedAt: Date | null): number | null {
  if (!startedAt || !endedAt) return null
  const minutes = Math.floor((endedAt.getTime() - startedAt.getTime()) / 60_000)
  return Math.round((minutes / 60) * 100) / 100
}

/** A date in Beijing as "yyyy-MM-dd" (service dates are local dates there). */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}
