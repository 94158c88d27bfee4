import { reactive } from 'vue'
import { fetchVolunteer, type Volunteer } from './api'

/**
 * Names for the volunteer ids that sign-ups and attendance carry, fetched once per id
 * (GET .../volunteers/{id}) and kept for the page.
 */
export function useVolunteerNames(org: () => string) {
  const known = reactive(new Map<string, Volunteer | null>())
  const pending = new Set<string>()

  function add(volunteers: Volunteer[]) {
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
