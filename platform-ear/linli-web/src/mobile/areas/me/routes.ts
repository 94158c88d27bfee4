import type { AreaModule } from '@/shared/areas'

/** 我的: profile, organizations, hours across organizations, star level, settings. */
export default {
  routes: [
    {
      path: '/me',
      name: 'me',
      component: () => import('./views/MeView.vue'),
      meta: { title: 'me.title' },
    },
  ],
  tabs: [{ route: 'me', label: 'me.tab', icon: 'user-o', order: 90 }],
} satisfies AreaModule
