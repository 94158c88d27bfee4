import type { AreaModule } from '@/shared/areas'

/** 救助支出: requests, approvals and payment; the fast lane (先行救助) with overdue backfills. */
export default {
  routes: [
    {
      path: '/orgs/:org/disbursements',
      name: 'disbursements-list',
      component: () => import('./views/DisbursementsView.vue'),
      meta: { title: 'disbursements.list.title', roles: ['org-admin', 'finance', 'staff', 'auditor'] },
    },
    {
      path: '/orgs/:org/disbursements/fast-lane',
      name: 'disbursements-fast-lane',
      component: () => import('./views/FastLaneView.vue'),
      meta: { title: 'disbursements.fast.title', roles: ['org-admin', 'finance', 'staff', 'auditor'] },
    },
  ],
  menu: [
    { route: 'disbursements-list', label: 'disbursements.menu.list', order: 80, scope: 'org', roles: ['org-admin', 'finance', 'staff', 'auditor'], group: 'disbursements.menu.group' },
    { route: 'disbursements-fast-lane', label: 'disbursements.menu.fast', order: 81, scope: 'org', roles: ['org-admin', 'finance', 'staff', 'auditor'], group: 'disbursements.menu.group' },
  ],
} satisfies AreaModule
