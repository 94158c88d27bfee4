import { computed, type ComputedRef } from 'vue'
import { useRoute } from 'vue-router'
import type { MenuEntry } from '@/shared/areas'
import { useSession } from '@/shared/session'
import { menu } from '../router'

/** The organization the console shows: the route's `org`, else the one used last. */
export function useCurrentOrg(): ComputedRef<string | undefined> {
  const route = useRoute()
  const session = useSession()
  return computed(() => {
    const org = route.params.org
    return typeof org === 'string' ? org : session.lastOrg()
  })
}

/** Menu entries this person may open: by role in the current organization, platform pages by realm role. */
export function useConsoleMenu(): ComputedRef<MenuEntry[]> {
  const session = useSession()
  const org = useCurrentOrg()
  return computed(() =>
    menu.filter((entry) =>
      entry.scope === 'platform'
        ? session.isPlatformAdmin
        : !!org.value && !!session.membership(org.value) && session.hasRole(org.value, entry.roles),
    ),
  )
}
