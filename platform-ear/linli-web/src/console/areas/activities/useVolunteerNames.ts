import { reactive } from 'vue'
import { fetchVolunteer, type Volunteer } from './api'

type Named = Pick<Volunteer, 'id' | 'name' | 'volunteerNo'>

/**
 * Names for the volunteer ids that attendance carries, fetched once per id (GET .../volunteers/{id})
 * and kept for the page. Sign-ups name their volunteer themselves: `add` them so attendance of the
 * same people needs no call.
 */
export function useVolunteerNames(org: () => string) {
  const known = reactive(new Map<string, Named | null>())
  const pending = new Set<string>()

  function add(volunteers: Named[]) {
    for (const v of volunteers) if (v.id) known.set(v.id, v)
  }

  async function ensure(ids: (string | undefined)[]) {
    const missing = [...new Set(ids.filter((id): id is string => !!id && !known.has(id) && !pending.has(id)))]
    await Promise.all(
      missing.map(async (id) => {
        pending.add(id)
        try {
          known.set(id, await fetchVolunteer(org(), id))
        } catch {
          known.set(id, null)
        } finally {
          pending.delete(id)
        }
      }),
    )
  }

  const name = (id: string | undefined) => (id ? (known.get(id)?.name ?? id.slice(0, 8)) : '')
  const number = (id: string | undefined) => (id ? (known.get(id)?.volunteerNo ?? '') : '')
  return { add, ensure, name, number }
}
