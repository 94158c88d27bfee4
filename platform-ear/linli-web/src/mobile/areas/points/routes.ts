import type { AreaModule } from '@/shared/areas'

/** 积分: balances, the points shop, my redemptions with their pickup QR codes, the leaderboard. */
export default {
  routes: [
    {
      path: '/points',
      name: 'points',
      component: () => import('./views/PointsView.vue'),
      meta: { title: 'points.title' },
    },
    {
      path: '/points/:org/shop',
      name: 'points-shop',
      component: () => import('./views/ShopView.vue'),
      meta: { title: 'points.shop.title' },
    },
    {
      path: '/points/:org/redemptions/:redemptionId',
      name: 'points-redemption',
      component: () => import('./views/RedemptionView.vue'),
      meta: { title: 'points.redemption.title' },
    },
    {
      path: '/points/:org/leaderboard',
      name: 'points-leaderboard',
      component: () => import('./views/LeaderboardView.vue'),
      meta: { title: 'points.leaderboard.title' },
    },
  ],
  tabs: [{ route: 'points', label: 'points.tab', icon: 'gift-o', order: 97 }],
} satisfies AreaModule
