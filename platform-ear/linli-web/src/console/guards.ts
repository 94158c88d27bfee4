import type { Router } from 'vue-router'
import { useSession } from '@/shared/session'

/**
 * Console access: an organization's pages (param `org`) need an active membership there with one
 * of the route's roles; a suspended organization shows its page; platform pages need the realm
 * role platform-admin. The API enforces the same rules: this only spares people dead ends.
 */
export function installConsoleGuard(router: Router): void {
  router.beforeEach((to) => {
    if (to.meta.public || to.meta.anyMembership) return true
    const session = useSession()
    if (to.meta.platformAdmin) return session.isPlatformAdmin || { name: 'forbidden' }
    const org = to.params.org
    if (typeof org !== 'string') return true
    const membership = session.membership(org)
    if (!membership) return { name: 'forbidden' }
    if (membership.orgStatus === 'SUSPENDED') return { name: 'suspended', query: { org } }
    if (!session.hasRole(org, to.meta.roles)) return { name: 'forbidden' }
    session.rememberOrg(org)
    return true
  })
}

/** Where `/` leads: the last (or first) organization, the platform pages, or a session page. */
export function startPage() {
  const session = useSession()
  const org = session.lastOrg()
  if (org) return { name: 'org-home', params: { org } }
  if (session.isPlatformAdmin) return { name: 'platform-orgs' }
  const suspended = session.suspendedMemberships[0]?.org
  if (suspended) return { name: 'suspended', query: { org: suspended } }
  return { name: 'no-membership' }
}
