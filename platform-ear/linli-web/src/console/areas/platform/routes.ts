import type { AreaModule } from '@/shared/areas'

/** Platform administration (realm role platform-admin): the organizations on the platform. */
export default {
  routes: [
    {
      path: '/platform/orgs',
      name: 'platform-orgs',
      component: () => import('./views/OrganizationsView.vue'),
      meta: { title: 'platform.orgs.title', platformAdmin: true },
    },
  ],
  menu: [
    { route: 'platform-orgs', label: 'platform.orgs.menu', order: 900, scope: 'platform', group: 'platform.group' },
  ],
} satisfies AreaModule
