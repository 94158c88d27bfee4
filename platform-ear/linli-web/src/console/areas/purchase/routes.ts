import type { AreaModule } from '@/shared/areas'

/** 政府购买服务: contracts (buyer and provider), the buyer's residents, service orders, settlements. */
export default {
  routes: [
    {
      path: '/orgs/:org/contracts',
      name: 'purchase-contracts',
      component: () => import('./views/ContractsView.vue'),
      meta: { title: 'purchase.contracts.title', roles: ['org-admin', 'staff', 'auditor', 'finance'] },
    },
    {
      path: '/orgs/:org/residents',
      name: 'purchase-residents',
      component: () => import('./views/ResidentsView.vue'),
      meta: { title: 'purchase.residents.title', roles: ['org-admin', 'staff', 'auditor'] },
    },
    {
      path: '/orgs/:org/service-orders',
      name: 'purchase-orders',
      component: () => import('./views/OrdersView.vue'),
      meta: { title: 'purchase.orders.title', roles: ['org-admin', 'staff', 'auditor'] },
    },
    {
      path: '/orgs/:org/settlements',
      name: 'purchase-settlements',
      component: () => import('./views/SettlementsView.vue'),
      meta: { title: 'purchase.settlements.title', roles: ['org-admin', 'staff', 'auditor'] },
    },
    {
      path: '/orgs/:org/purchase-flags',
      name: 'purchase-flags',
      component: () => import('./views/FlagsView.vue'),
      meta: { title: 'purchase.work.flagsTitle', roles: ['org-admin', 'staff', 'auditor'] },
    },
    {
      path: '/orgs/:org/sampling',
      name: 'purchase-sampling',
      component: () => import('./views/SamplingView.vue'),
      meta: { title: 'purchase.sampling.title', roles: ['org-admin', 'staff', 'auditor'] },
    },
  ],
  menu: [
    { route: 'purchase-contracts', label: 'purchase.menu.contracts', order: 90, scope: 'org', roles: ['org-admin', 'staff', 'auditor', 'finance'], group: 'purchase.menu.group' },
    { route: 'purchase-residents', label: 'purchase.menu.residents', order: 91, scope: 'org', roles: ['org-admin', 'staff', 'auditor'], group: 'purchase.menu.group' },
    { route: 'purchase-orders', label: 'purchase.menu.orders', order: 92, scope: 'org', roles: ['org-admin', 'staff', 'auditor'], group: 'purchase.menu.group' },
    { route: 'purchase-settlements', label: 'purchase.menu.settlements', order: 93, scope: 'org', roles: ['org-admin', 'staff', 'auditor'], group: 'purchase.menu.group' },
    { route: 'purchase-flags', label: 'purchase.work.menuFlags', order: 94, scope: 'org', roles: ['org-admin', 'staff', 'auditor'], group: 'purchase.menu.group' },
    { route: 'purchase-sampling', label: 'purchase.menu.sampling', order: 95, scope: 'org', roles: ['org-admin', 'staff', 'auditor'], group: 'purchase.menu.group' },
  ],
} satisfies AreaModule
