import type { AreaModule, OrgRole } from '@/shared/areas'

/** 账务: the books of a charity (民非): vouchers with maker-checker, funds, trial balance and statements. */
const READ: OrgRole[] = ['org-admin', 'finance', 'auditor']
const FUNDS: OrgRole[] = ['org-admin', 'finance', 'auditor', 'staff']

export default {
  routes: [
    {
      path: '/orgs/:org/accounting/vouchers',
      name: 'accounting-vouchers',
      component: () => import('./views/VouchersView.vue'),
      meta: { title: 'accounting.vouchers.title', roles: READ },
    },
    {
      path: '/orgs/:org/accounting/funds',
      name: 'accounting-funds',
      component: () => import('./views/FundsView.vue'),
      meta: { title: 'accounting.funds.title', roles: FUNDS },
    },
    {
      path: '/orgs/:org/accounting/trial-balance',
      name: 'accounting-trial-balance',
      component: () => import('./views/TrialBalanceView.vue'),
      meta: { title: 'accounting.trialBalance.title', roles: READ },
    },
    {
      path: '/orgs/:org/accounting/statements',
      name: 'accounting-statements',
      component: () => import('./views/StatementsView.vue'),
      meta: { title: 'accounting.statements.title', roles: READ },
    },
    {
      path: '/orgs/:org/accounting/periods',
      name: 'accounting-periods',
      component: () => import('./views/PeriodsView.vue'),
      meta: { title: 'accounting.periods.title', roles: READ },
    },
  ],
  menu: [
    { route: 'accounting-vouchers', label: 'accounting.menu.vouchers', order: 70, scope: 'org', roles: READ, group: 'accounting.menu.group' },
    { route: 'accounting-funds', label: 'accounting.menu.funds', order: 71, scope: 'org', roles: FUNDS, group: 'accounting.menu.group' },
    { route: 'accounting-trial-balance', label: 'accounting.menu.trialBalance', order: 72, scope: 'org', roles: READ, group: 'accounting.menu.group' },
    { route: 'accounting-statements', label: 'accounting.menu.statements', order: 73, scope: 'org', roles: READ, group: 'accounting.menu.group' },
    { route: 'accounting-periods', label: 'accounting.menu.periods', order: 74, scope: 'org', roles: READ, group: 'accounting.menu.group' },
  ],
} satisfies AreaModule
