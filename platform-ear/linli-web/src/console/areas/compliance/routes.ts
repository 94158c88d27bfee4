import type { AreaModule } from '@/shared/areas'

/** 慈善法 compliance: the spending / management-cost meter and the disclosure calendar. */
export default {
  routes: [
    {
      path: '/orgs/:org/compliance',
      name: 'compliance-meter',
      component: () => import('./views/ComplianceView.vue'),
      meta: { title: 'compliance.title', roles: ['org-admin', 'finance', 'auditor'] },
    },
  ],
  menu: [{ route: 'compliance-meter', label: 'compliance.menu', order: 85, scope: 'org', roles: ['org-admin', 'finance', 'auditor'] }],
} satisfies AreaModule
