import type { AreaModule } from '@/shared/areas'

export default {
  routes: [
    {
      path: '/',
      name: 'home',
      component: () => import('./views/HomeView.vue'),
      meta: { title: 'home.title' },
    },
  ],
} satisfies AreaModule
