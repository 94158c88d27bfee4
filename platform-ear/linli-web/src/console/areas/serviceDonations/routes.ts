import type { AreaModule, OrgRole } from '@/shared/areas'

/** 服务捐赠: volunteers' approved hours valued at the organization's fair rate, booked once per record. */
const READ: OrgRole[] = ['org-admin', 'finance', 'auditor']

export default {
  routes: [
    {
      path: '/orgs/:org/accounting/service-donations',
      name: 'service-donations',
      component: () => import('./views/ServiceDonationsView.vue'),
      meta: { title: 'serviceDonations.title', roles: READ },
    },
  ],
  menu: [
    { route: 'service-donations', label: 'serviceDonations.menu', order: 74, scope: 'org', roles: READ, group: 'accounting.menu.group' },
  ],
} satisfies AreaModule
