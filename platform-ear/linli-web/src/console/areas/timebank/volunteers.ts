import { reactive } from 'vue'
import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'

export type Volunteer = Schemas['VolunteerView']

/**
 * The organization's volunteers for pickers and for showing names where the API gives only a
 * volunteer id (redemptions, transfers, service requests). The volunteers list has no name search,
 * so up to MAX pages are read once per organization and filtered in the browser; an id not among
 * them is fetched on its own.
 */
const MAX_PAGES = 10
const cache = new Map<string, Promise<Volunteer[]>>()
const names = reactive(new Map<string, string>())

export function loadVolunteers(org: string, force = false): Promise<Volunteer[]> {
  if (force) cache.delete(org)
  let pending = cache.get(org)
  if (!pending) {
    pending = (async () => {
      const out: Volunteer[] = []
      let cursor: string | null = null
      for (let i = 0; i < MAX_PAGES; i++) {
        const page: { items: Volunteer[]; nextCursor: string | null } = await useApi().get('/api/v1/orgs/{org}/volunteers', {
          path: { org },
          query: { limit: 100, cursor },
        })
        out.push(...page.items)
        if (!page.nextCursor) break
        cursor = page.nextCursor
      }
      for (const v of out) if (v.id) names.set(`${org}/${v.id}`, v.name ?? v.id)
      return out
    })()
    pending.catch(() => cache.delete(org))
    cache.set(org, pending)
  }
  return pending
}

/** A volunteer's name (reactive): known after loadVolunteers or ensureNames; else the id. */
export function volunteerName(org: string, id: string | null | undefined): string {
  if (!id) return ''
  return names.get(`${org}/${id}`) ?? id
}

/** Makes sure the names of these ids are known (fetches the list, then single unknown ones). */
export async function ensureNames(org: string, ids: (string | null | undefined)[]): Promise<void> {
  try {
    await loadVolunteers(org)
  } catch {
    return
  }
  const missing = [...new Set(ids.filter((id): id is string => !!id && !names.has(`${org}/${id}`)))]
  await Promise.all(
    missing.slice(0, 20).map(async (volunteerId) => {
      try {
        const v = await useApi().get('/api/v1/orgs/{org}/volunteers/{volunteerId}', { path: { org, volunteerId } })
        names.set(`${org}/${volunteerId}`, v.name ?? volunteerId)
      } catch {
        // stays shown as its id
      }
    }),
  )
}
