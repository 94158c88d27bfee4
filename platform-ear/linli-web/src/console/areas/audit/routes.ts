import type { AreaModule } from '@/shared/areas'

/** The organization's hash-chained audit log and its verification (org-admins and auditors). */
export default {
  routes: [
    {
      path: '/orgs/:org/audit',
      name: 'audit-log',
      component: () => import('./views/AuditLogView.vue'),
      meta: { title: 'audit.title', roles: ['org-admin', 'auditor'] },
    },
  ],
  menu: [{ route: 'audit-log', label: 'audit.menu', order: 880, scope: 'org', roles: ['org-admin', 'auditor'] }],
} satisfies AreaModule
