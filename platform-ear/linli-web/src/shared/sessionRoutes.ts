import type { RouteRecordRaw } from 'vue-router'

/**
 * The session pages both apps have, at the same paths under each app's base: the login callback,
 * "login service unavailable", "no membership", "organization suspended", "no access". `bare` pages show without the app's
 * chrome (menu, tab bar).
 */
export function sessionRoutes(): RouteRecordRaw[] {
  return [
    {
      path: '/callback',
      name: 'callback',
      component: () => import('./views/CallbackView.vue'),
      meta: { public: true, bare: true },
    },
    {
      path: '/login-unavailable',
      name: 'login-unavailable',
      component: () => import('./views/LoginUnavailableView.vue'),
      meta: { public: true, bare: true },
    },
    {
      path: '/no-membership',
      name: 'no-membership',
      component: () => import('./views/NoMembershipView.vue'),
      meta: { bare: true, anyMembership: true },
    },
    {
      path: '/suspended',
      name: 'suspended',
      component: () => import('./views/SuspendedView.vue'),
      meta: { bare: true, anyMembership: true },
    },
    {
      path: '/forbidden',
      name: 'forbidden',
      component: () => import('./views/ForbiddenView.vue'),
      meta: { bare: true, anyMembership: true },
    },
  ]
}
