import type { AreaModule } from '@/shared/areas'

/**
 * An organization's start page (who you are there and what you can open; for a government buyer
 * its own landing page) and the organization's settings.
 */
export default {
  routes: [
    {
      path: '/orgs/:org',
      name: 'org-home',
      component: () => import('./views/OrgHomeView.vue'),
      meta: { title: 'org.title' },
    },
    {
      path: '/orgs/:org/settings',
      name: 'org-settings',
      component: () => import('./views/SettingsView.vue'),
      meta: { title: 'org.settings.title', roles: ['org-admin', 'staff', 'finance'] },
    },
  ],
  menu: [
    { route: 'org-home', label: 'org.menu', order: 0, scope: 'org' },
    { route: 'org-settings', label: 'org.settings.menu', order: 870, scope: 'org', roles: ['org-admin', 'staff', 'finance'] },
  ],
} satisfies AreaModule
