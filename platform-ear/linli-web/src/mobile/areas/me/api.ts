import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'

export type MyRecords = Schemas['MyRecords']
export type MyRecord = Schemas['Item']

/** GET /api/v1/me/service-records: every record in every organization, total and star level. */
export function fetchMyRecords(): Promise<MyRecords> {
  return useApi().get('/api/v1/me/service-records')
}
