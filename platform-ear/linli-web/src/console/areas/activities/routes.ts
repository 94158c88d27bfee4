import type { AreaModule } from '@/shared/areas'

const staff = ['org-admin', 'staff'] as const

/** Activities and shifts: create, publish, close; sign-ups, waitlist, attendance; the venue check-in screen. */
export default {
  routes: [
    {
      path: '/orgs/:org/activities',
      name: 'activities-list',
      component: () => import('./views/ActivitiesView.vue'),
      meta: { title: 'activities.title', roles: [...staff] },
    },
    {
      path: '/orgs/:org/activities/:activityId',
      name: 'activities-detail',
      component: () => import('./views/ActivityDetailView.vue'),
      meta: { title: 'activities.detail.title', roles: [...staff] },
    },
    {
      path: '/orgs/:org/activities/:activityId/shifts/:shiftId',
      name: 'activities-shift',
      component: () => import('./views/ShiftView.vue'),
      meta: { title: 'activities.shift.title', roles: [...staff] },
    },
    {
      // Full screen on a tablet at the venue: no menu, no top bar.
      path: '/orgs/:org/activities/:activityId/shifts/:shiftId/checkin-screen',
      name: 'activities-screen',
      component: () => import('./views/CheckinScreenView.vue'),
      meta: { title: 'activities.screen.title', roles: [...staff], bare: true },
    },
  ],
  menu: [{ route: 'activities-list', label: 'activities.menu', order: 20, scope: 'org', roles: [...staff] }],
} satisfies AreaModule
