import type { AreaModule } from '@/shared/areas'

export default {
  routes: [
    {
      path: '/',
      name: 'm-me',
      component: () => import('./views/MeView.vue'),
      meta: { title: 'me.title' },
    },
  ],
} satisfies AreaModule
