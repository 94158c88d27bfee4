import type { AreaModule } from '@/shared/areas'

/** Exchange with the civil-affairs systems: backlog and dead letters (staff, org admins, auditors). */
export default {
  routes: [
    {
      path: '/orgs/:org/integration',
      name: 'integration',
      component: () => import('./views/IntegrationView.vue'),
      meta: { title: 'integration.title', roles: ['org-admin', 'staff', 'auditor'] },
    },
  ],
  menu: [
    { route: 'integration', label: 'integration.menu', order: 870, scope: 'org', roles: ['org-admin', 'staff', 'auditor'] },
  ],
} satisfies AreaModule
