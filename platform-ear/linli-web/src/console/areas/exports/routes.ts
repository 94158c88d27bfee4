import type { AreaModule } from '@/shared/areas'

/** CSV/XLSX exports of volunteers and service records (downloaded with the bearer token). */
export default {
  routes: [
    {
      path: '/orgs/:org/exports',
      name: 'exports',
      component: () => import('./views/ExportsView.vue'),
      meta: { title: 'exports.title', roles: ['org-admin', 'staff'] },
    },
  ],
  menu: [{ route: 'exports', label: 'exports.menu', order: 160, scope: 'org', roles: ['org-admin', 'staff'], group: 'volunteers.group' }],
} satisfies AreaModule
