import type { Router } from 'vue-router'
import { useSession } from '@/shared/session'

/**
 * The mobile app is for members: without a membership the person sees how to join; when every
 * organization they belong to is suspended, that page. (The API enforces access itself.)
 */
export function installMobileGuard(router: Router): void {
  router.beforeEach((to) => {
    if (to.meta.public || to.meta.anyMembership) return true
    const session = useSession()
    if (session.memberships.length === 0) return { name: 'no-membership' }
    if (session.activeMemberships.length === 0) {
      return { name: 'suspended', query: { org: session.memberships[0].org } }
    }
    return true
  })
}
