import type { AreaModule } from '@/shared/areas'

/** 购买服务看板: the buyer's dashboard across its contracts, with the order drill-down. */
export default {
  routes: [
    {
      path: '/orgs/:org/purchase-dashboard',
      name: 'purchase-dashboard',
      component: () => import('./views/DashboardView.vue'),
      meta: { title: 'purchaseDashboard.title', roles: ['org-admin', 'auditor'] },
    },
  ],
  menu: [
    { route: 'purchase-dashboard', label: 'purchaseDashboard.menu', order: 89, scope: 'org', roles: ['org-admin', 'auditor'], group: 'purchase.menu.group' },
  ],
} satisfies AreaModule
