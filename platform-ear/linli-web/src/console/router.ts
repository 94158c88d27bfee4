import { createRouter, createWebHistory } from 'vue-router'
import { collectAreas, type AreaModule } from '@/shared/areas'

/** Every console area's routes and menu entries: src/console/areas/<area>/routes.ts. */
export const areas = collectAreas(
  import.meta.glob<{ default: AreaModule }>('./areas/*/routes.ts', { eager: true }),
)

export const menu = areas.flatMap((a) => a.menu ?? []).sort((a, b) => a.order - b.order)

export function createConsoleRouter() {
  return createRouter({
    history: createWebHistory('/'),
    routes: [
      ...areas.flatMap((a) => a.routes),
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: () => import('./layout/NotFoundView.vue'),
        meta: { public: true, bare: true },
      },
    ],
  })
}
