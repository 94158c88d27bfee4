import type { MyAward, MyRecord, MyTraining } from './api'

/** Newest first by a date field ("yyyy-MM-dd"), ties in the API's order. */
export function newestFirst<T>(items: T[], date: (item: T) => string | undefined): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (date(b.item) ?? '').localeCompare(date(a.item) ?? '') || a.index - b.index)
    .map(({ item }) => item)
}

export const recordsNewestFirst = (records: MyRecord[]) => newestFirst(records, (r) => r.serviceDate)
export const trainingsNewestFirst = (trainings: MyTraining[]) => newestFirst(trainings, (t) => t.trainingDate)
export const awardsNewestFirst = (awards: MyAward[]) => newestFirst(awards, (a) => a.awardDate)

/** Vant tag types per record status. */
export const RECORD_TAG: Record<string, 'success' | 'warning' | 'danger' | 'default'> = {
  APPROVED: 'success',
  PENDING: 'warning',
  REJECTED: 'danger',
  SUPERSEDED: 'default',
}
