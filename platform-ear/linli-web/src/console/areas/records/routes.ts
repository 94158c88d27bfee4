import type { AreaModule } from '@/shared/areas'

/** Service records: review queue, overdue list (Art. 11), record detail and corrections, correction requests. */
const staff: ('org-admin' | 'staff')[] = ['org-admin', 'staff']

export default {
  routes: [
    {
      path: '/orgs/:org/records',
      name: 'records-review',
      component: () => import('./views/ReviewQueueView.vue'),
      meta: { title: 'records.review.title', roles: staff },
    },
    {
      path: '/orgs/:org/records/overdue',
      name: 'records-overdue',
      component: () => import('./views/OverdueView.vue'),
      meta: { title: 'records.overdue.title', roles: staff },
    },
    {
      path: '/orgs/:org/records/correction-requests',
      name: 'records-requests',
      component: () => import('./views/CorrectionRequestsView.vue'),
      meta: { title: 'records.requests.title', roles: staff },
    },
    {
      path: '/orgs/:org/records/:recordId',
      name: 'records-detail',
      component: () => import('./views/RecordDetailView.vue'),
      meta: { title: 'records.detail.title', roles: staff },
    },
  ],
  menu: [
    { route: 'records-review', label: 'records.review.menu', order: 120, scope: 'org', roles: staff, group: 'volunteers.group' },
    { route: 'records-overdue', label: 'records.overdue.menu', order: 130, scope: 'org', roles: staff, group: 'volunteers.group' },
    { route: 'records-requests', label: 'records.requests.menu', order: 140, scope: 'org', roles: staff, group: 'volunteers.group' },
  ],
} satisfies AreaModule
