import type { AreaModule } from '@/shared/areas'
import { startPage } from '../../guards'

/**
 * `/` leads to the organization last used (or the platform pages, or a session page). A guard,
 * not a `redirect`: redirects are resolved before the login guard has loaded the memberships.
 */
export default {
  routes: [
    {
      path: '/',
      name: 'home',
      component: { render: () => null },
      beforeEnter: () => startPage(),
    },
  ],
} satisfies AreaModule
