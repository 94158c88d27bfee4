import { reactive } from 'vue'
import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'

export type Volunteer = Schemas['VolunteerView']

/**
 * Names for the volunteer ids that some lists carry without a name (redemptions, transfers,
 * service requests): each id is fetched once per organization (GET .../volunteers/{id}) and kept for
 * the session. Pickers search on the server instead (VolunteerSelect).
 */
const MAX_PER_CALL = 50
const names = reactive(new Map<string, string>())
const pending = new Map<string, Promise<void>>()

/** A volunteer's name (reactive): known after ensureNames; else the id. */
export function volunteerName(org: string, id: string | null | undefined): string {
  if (!id) return ''
  return names.get(`${org}/${id}`) ?? id
}

/** Makes sure the names of these ids are known (one fetch per unknown id, at most 50 at once). */
export async function ensureNames(org: string, ids: (string | null | undefined)[]): Promise<void> {
  const missing = [...new Set(ids.filter((id): id is string => !!id && !names.has(`${org}/${id}`)))]
  await Promise.all(
    missing.slice(0, MAX_PER_CALL).map((volunteerId) => {
      const key = `${org}/${volunteerId}`
      let fetching = pending.get(key)
      if (!fetching) {
        fetching = (async () => {
          try {
            const v = await useApi().get('/api/v1/orgs/{org}/volunteers/{volunteerId}', { path: { org, volunteerId } })
            names.set(key, v.name ?? volunteerId)
          } catch {
            // stays shown as its id
          } finally {
            pending.delete(key)
          }
        })()
        pending.set(key, fetching)
      }
      return fetching
    }),
  )
}
