import type { AreaModule } from '@/shared/areas'

/** Activities and shifts of my organizations: browse, sign up, waitlist, cancel; my sign-ups. */
export default {
  routes: [
    {
      path: '/activities',
      name: 'activities-list',
      component: () => import('./views/ActivitiesView.vue'),
      meta: { title: 'activities.title' },
    },
    {
      path: '/orgs/:org/activities/:activityId',
      name: 'activities-detail',
      component: () => import('./views/ActivityView.vue'),
      meta: { title: 'activities.detailTitle' },
    },
  ],
  tabs: [{ route: 'activities-list', label: 'activities.tab', icon: 'calendar-o', order: 10 }],
} satisfies AreaModule
