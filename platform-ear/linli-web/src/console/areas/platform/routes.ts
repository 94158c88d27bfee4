import type { AreaModule } from '@/shared/areas'

/** Platform administration (realm role platform-admin): organizations and the ledger invariants. */
export default {
  routes: [
    {
      path: '/platform/orgs',
      name: 'platform-orgs',
      component: () => import('./views/OrganizationsView.vue'),
      meta: { title: 'platform.orgs.title', platformAdmin: true },
    },
    {
      path: '/platform/ledger',
      name: 'platform-ledger',
      component: () => import('./views/LedgerInvariantsView.vue'),
      meta: { title: 'platform.ledger.title', platformAdmin: true },
    },
  ],
  menu: [
    { route: 'platform-orgs', label: 'platform.orgs.menu', order: 900, scope: 'platform', group: 'platform.group' },
    { route: 'platform-ledger', label: 'platform.ledger.menu', order: 910, scope: 'platform', group: 'platform.group' },
  ],
} satisfies AreaModule
