import type { AreaModule } from '@/shared/areas'

/** An organization's start page: who you are there and what you can open. */
export default {
  routes: [
    {
      path: '/orgs/:org',
      name: 'org-home',
      component: () => import('./views/OrgHomeView.vue'),
      meta: { title: 'org.title' },
    },
  ],
  menu: [{ route: 'org-home', label: 'org.menu', order: 0, scope: 'org' }],
} satisfies AreaModule
