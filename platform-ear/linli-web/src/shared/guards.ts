import type { Router } from 'vue-router'
import { ApiError } from './api/problem'
import { useAuth } from './platform'
import { useSession } from './session'

/**
 * Login for every page that is not `public`: without a session the browser goes to Keycloak and
 * comes back to the page it asked for. After login the person and memberships are loaded once
 * (GET /api/v1/me).
 */
export function installLoginGuard(router: Router): void {
  router.beforeEach(async (to) => {
    if (to.meta.public) return true
    const auth = useAuth()
    if (!(await auth.user())) {
      try {
        await auth.login(to.fullPath)
      } catch {
        // Keycloak unreachable (its discovery document did not load): say so instead of a blank page.
        return { name: 'login-unavailable', query: { returnTo: to.fullPath } }
      }
      return false
    }
    try {
      await useSession().load()
    } catch (error) {
      // 401: the client already sends the person to the login page.
      if (error instanceof ApiError && error.status === 401) return false
      throw error
    }
    return true
  })
}
