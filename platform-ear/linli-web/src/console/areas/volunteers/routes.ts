import type { AreaModule } from '@/shared/areas'

/** Volunteers: the roster (search, status), registration by real name, one volunteer's page. */
const staff: ('org-admin' | 'staff')[] = ['org-admin', 'staff']

export default {
  routes: [
    {
      path: '/orgs/:org/volunteers',
      name: 'volunteers-list',
      component: () => import('./views/VolunteersView.vue'),
      meta: { title: 'volunteers.title', roles: staff },
    },
    {
      path: '/orgs/:org/volunteers/:volunteerId',
      name: 'volunteers-detail',
      component: () => import('./views/VolunteerDetailView.vue'),
      meta: { title: 'volunteers.detail.title', roles: staff },
    },
  ],
  menu: [{ route: 'volunteers-list', label: 'volunteers.menu', order: 110, scope: 'org', roles: staff, group: 'volunteers.group' }],
} satisfies AreaModule
