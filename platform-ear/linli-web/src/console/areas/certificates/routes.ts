import type { AreaModule } from '@/shared/areas'

/** Service certificates (志愿服务证明): issue, download, revoke, per volunteer. */
export default {
  routes: [
    {
      path: '/orgs/:org/certificates',
      name: 'certificates',
      component: () => import('./views/CertificatesView.vue'),
      meta: { title: 'certificates.title', roles: ['org-admin', 'staff'] },
    },
  ],
  menu: [
    { route: 'certificates', label: 'certificates.menu', order: 150, scope: 'org', roles: ['org-admin', 'staff'], group: 'volunteers.group' },
  ],
} satisfies AreaModule
