import { reactive } from 'vue'
import { fetchVolunteer } from '@/console/areas/volunteers/api'

/**
 * Service records name their volunteer by id only: the names (and numbers) are fetched once per
 * id and kept for the view. `label(id)` shows the name, or the id until it is known.
 */
export function useVolunteerNames(org: () => string) {
  const known = reactive(new Map<string, { name?: string; volunteerNo?: string }>())
  const asked = new Set<string>()

  function ensure(ids: (string | undefined)[]) {
    for (const id of ids) {
      if (!id || asked.has(`${org()}/${id}`)) continue
      asked.add(`${org()}/${id}`)
      fetchVolunteer(org(), id)
        .then((v) => known.set(id, { name: v.name, volunteerNo: v.volunteerNo }))
        .catch(() => asked.delete(`${org()}/${id}`))
    }
  }

  function label(id: string | undefined): string {
    if (!id) return ''
    return known.get(id)?.name ?? id.slice(0, 8)
  }

  function number(id: string | undefined): string {
    return (id && known.get(id)?.volunteerNo) || ''
  }

  return { ensure, label, number }
}
