import type { AreaModule } from '@/shared/areas'

/** 时间银行: rules, beneficiaries and family transfers, service requests, pool, dormancy, 通存通兑. */
const staff = ['org-admin', 'staff'] as const
export default {
  routes: [
    { path: '/orgs/:org/timebank/requests', name: 'timebank-requests', component: () => import('./views/ServiceRequestsView.vue'), meta: { title: 'timebank.requests.title', roles: [...staff] } },
    { path: '/orgs/:org/timebank/beneficiaries', name: 'timebank-beneficiaries', component: () => import('./views/BeneficiariesView.vue'), meta: { title: 'timebank.beneficiaries.title', roles: [...staff] } },
    { path: '/orgs/:org/timebank/pool', name: 'timebank-pool', component: () => import('./views/PoolView.vue'), meta: { title: 'timebank.pool.title', roles: [...staff] } },
    { path: '/orgs/:org/timebank/dormancy', name: 'timebank-dormancy', component: () => import('./views/DormancyView.vue'), meta: { title: 'timebank.dormancy.title', roles: [...staff] } },
    { path: '/orgs/:org/timebank/clearing', name: 'timebank-clearing', component: () => import('./views/ClearingView.vue'), meta: { title: 'timebank.clearing.title', roles: [...staff] } },
    { path: '/orgs/:org/timebank/statements', name: 'timebank-statements', component: () => import('./views/StatementsView.vue'), meta: { title: 'timebank.statements.title', roles: ['org-admin', 'staff', 'finance', 'auditor'] } },
    { path: '/orgs/:org/timebank/rules', name: 'timebank-rules', component: () => import('./views/RulesView.vue'), meta: { title: 'timebank.rules.title', roles: [...staff] } },
  ],
  menu: [
    { route: 'timebank-requests', label: 'timebank.menu.requests', order: 50, scope: 'org', roles: [...staff], group: 'timebank.menu.group' },
    { route: 'timebank-beneficiaries', label: 'timebank.menu.beneficiaries', order: 51, scope: 'org', roles: [...staff], group: 'timebank.menu.group' },
    { route: 'timebank-pool', label: 'timebank.menu.pool', order: 52, scope: 'org', roles: [...staff], group: 'timebank.menu.group' },
    { route: 'timebank-dormancy', label: 'timebank.menu.dormancy', order: 53, scope: 'org', roles: [...staff], group: 'timebank.menu.group' },
    { route: 'timebank-clearing', label: 'timebank.menu.clearing', order: 54, scope: 'org', roles: [...staff], group: 'timebank.menu.group' },
    { route: 'timebank-statements', label: 'timebank.menu.statements', order: 55, scope: 'org', roles: ['org-admin', 'staff', 'finance', 'auditor'], group: 'timebank.menu.group' },
    { route: 'timebank-rules', label: 'timebank.menu.rules', order: 56, scope: 'org', roles: [...staff], group: 'timebank.menu.group' },
  ],
} satisfies AreaModule
