import type { AreaModule } from '@/shared/areas'

/** 积分: rules and activity bonuses, the shop's items, redemptions and pickup by code, leaderboard. */
export default {
  routes: [
    {
      path: '/orgs/:org/points/items',
      name: 'points-items',
      component: () => import('./views/ItemsView.vue'),
      meta: { title: 'points.items.title', roles: ['org-admin', 'staff'] },
    },
    {
      path: '/orgs/:org/points/redemptions',
      name: 'points-redemptions',
      component: () => import('./views/RedemptionsView.vue'),
      meta: { title: 'points.redemptions.title', roles: ['org-admin', 'staff'] },
    },
    {
      path: '/orgs/:org/points/rules',
      name: 'points-rules',
      component: () => import('./views/RulesView.vue'),
      meta: { title: 'points.rules.title', roles: ['org-admin', 'staff'] },
    },
    {
      path: '/orgs/:org/points/leaderboard',
      name: 'points-leaderboard',
      component: () => import('./views/LeaderboardView.vue'),
      meta: { title: 'points.leaderboard.title' },
    },
  ],
  menu: [
    { route: 'points-redemptions', label: 'points.menu.redemptions', order: 60, scope: 'org', roles: ['org-admin', 'staff'], group: 'points.menu.group' },
    { route: 'points-items', label: 'points.menu.items', order: 61, scope: 'org', roles: ['org-admin', 'staff'], group: 'points.menu.group' },
    { route: 'points-rules', label: 'points.menu.rules', order: 62, scope: 'org', roles: ['org-admin', 'staff'], group: 'points.menu.group' },
    { route: 'points-leaderboard', label: 'points.menu.leaderboard', order: 63, scope: 'org', roles: ['org-admin', 'staff', 'finance', 'auditor'], group: 'points.menu.group' },
  ],
} satisfies AreaModule
