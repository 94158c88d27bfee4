import { defineStore } from 'pinia'
import type { OrgRole } from './areas'
import type { MyMembership, Profile } from './api/types'
import { useApi, useAuth } from './platform'

const LAST_ORG_KEY = 'linli.lastOrg'

/**
 * Who is signed in: the person and memberships (GET /api/v1/me) and the realm roles of the token.
 * Loaded once after login by the apps' route guards.
 */
export const useSession = defineStore('session', {
  state: () => ({
    profile: null as Profile | null,
    realmRoles: [] as string[],
    loaded: false,
  }),
  getters: {
    memberships: (state): MyMembership[] => state.profile?.memberships ?? [],
    isPlatformAdmin: (state) => state.realmRoles.includes('platform-admin'),
    /** Memberships in organizations that are not suspended. */
    activeMemberships(): MyMembership[] {
      return this.memberships.filter((m) => m.orgStatus !== 'SUSPENDED')
    },
    suspendedMemberships(): MyMembership[] {
      return this.memberships.filter((m) => m.orgStatus === 'SUSPENDED')
    },
  },
  actions: {
    async load(force = false) {
      if (this.loaded && !force) return
      const [profile, roles] = await Promise.all([useApi().get('/api/v1/me'), useAuth().realmRoles()])
      this.profile = profile
      this.realmRoles = roles
      this.loaded = true
    },
    membership(org: string | undefined): MyMembership | undefined {
      return org ? this.memberships.find((m) => m.org === org) : undefined
    },
    rolesIn(org: string | undefined): OrgRole[] {
      return (this.membership(org)?.roles ?? []) as OrgRole[]
    },
    hasRole(org: string | undefined, roles: OrgRole[] | undefined): boolean {
      if (!roles || roles.length === 0) return true
      return this.rolesIn(org).some((r) => roles.includes(r))
    },
    /** The organization the console opened last (for the start page), if still a membership. */
    lastOrg(): string | undefined {
      let saved: string | null = null
      try {
        saved = localStorage.getItem(LAST_ORG_KEY)
      } catch {
        saved = null
      }
      const active = this.activeMemberships
      return active.find((m) => m.org === saved)?.org ?? active[0]?.org
    },
    rememberOrg(org: string) {
      try {
        localStorage.setItem(LAST_ORG_KEY, org)
      } catch {
        // not remembered
      }
    },
    async logout() {
      await useAuth().logout()
    },
  },
})
