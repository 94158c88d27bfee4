import { createRouter, createWebHistory } from 'vue-router'
import { collectAreas, type AreaModule } from '@/shared/areas'

/** Every mobile area's routes and tabs: src/mobile/areas/<area>/routes.ts (paths relative to /m/). */
export const areas = collectAreas(
  import.meta.glob<{ default: AreaModule }>('./areas/*/routes.ts', { eager: true }),
)

export const tabs = areas.flatMap((a) => a.tabs ?? []).sort((a, b) => a.order - b.order)

export function createMobileRouter() {
  return createRouter({
    history: createWebHistory('/m/'),
    routes: [
      // The start page is the first tab (areas order their tabs).
      { path: '/', name: 'home', redirect: () => ({ name: tabs[0]?.route ?? 'me' }) },
      ...areas.flatMap((a) => a.routes),
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: () => import('./layout/NotFoundView.vue'),
        meta: { public: true, bare: true },
      },
    ],
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
}
