import type { AreaModule, OrgRole } from '@/shared/areas'

/** 捐赠与票据: donors, gifts (cash, goods, pledges), receipts and receipt series. */
const readers: OrgRole[] = ['org-admin', 'finance', 'auditor', 'staff']
export default {
  routes: [
    {
      path: '/orgs/:org/donations',
      name: 'donations-list',
      component: () => import('./views/DonationsView.vue'),
      meta: { title: 'donations.list.title', roles: readers },
    },
    {
      path: '/orgs/:org/donations/donors',
      name: 'donations-donors',
      component: () => import('./views/DonorsView.vue'),
      meta: { title: 'donations.donors.title', roles: readers },
    },
    {
      path: '/orgs/:org/donations/receipts',
      name: 'donations-receipts',
      component: () => import('./views/ReceiptsView.vue'),
      meta: { title: 'donations.receipts.title', roles: readers },
    },
  ],
  menu: [
    { route: 'donations-list', label: 'donations.menu.list', order: 70, scope: 'org', roles: readers, group: 'donations.menu.group' },
    { route: 'donations-donors', label: 'donations.menu.donors', order: 71, scope: 'org', roles: readers, group: 'donations.menu.group' },
    { route: 'donations-receipts', label: 'donations.menu.receipts', order: 72, scope: 'org', roles: readers, group: 'donations.menu.group' },
  ],
} satisfies AreaModule
