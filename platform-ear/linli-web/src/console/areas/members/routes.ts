import type { AreaModule } from '@/shared/areas'

/** Members and roles of the current organization. */
export default {
  routes: [
    {
      path: '/orgs/:org/members',
      name: 'members',
      component: () => import('./views/MembersView.vue'),
      meta: { title: 'members.title', roles: ['org-admin', 'staff'] },
    },
  ],
  menu: [{ route: 'members', label: 'members.menu', order: 10, scope: 'org', roles: ['org-admin', 'staff'] }],
} satisfies AreaModule
