import { createRouter, createWebHistory } from 'vue-router'
import { collectAreas, type AreaModule } from '@/shared/areas'

/** Every mobile area's routes: src/mobile/areas/<area>/routes.ts (paths relative to /m/). */
export const areas = collectAreas(
  import.meta.glob<{ default: AreaModule }>('./areas/*/routes.ts', { eager: true }),
)

export function createMobileRouter() {
  return createRouter({
    history: createWebHistory('/m/'),
    routes: [
      ...areas.flatMap((a) => a.routes),
      {
        path: '/:pathMatch(.*)*',
        name: 'm-not-found',
        component: () => import('./layout/NotFoundView.vue'),
        meta: { public: true },
      },
    ],
  })
}
