import type { AreaModule } from '@/shared/areas'

/** 记录: my service records in every organization (with a correction request), trainings, awards, certificates. */
export default {
  routes: [
    {
      path: '/records',
      name: 'records-mine',
      component: () => import('./views/MyRecordsView.vue'),
      meta: { title: 'records.title' },
    },
    {
      path: '/records/:org/:recordId',
      name: 'records-detail',
      component: () => import('./views/MyRecordDetailView.vue'),
      meta: { title: 'records.detail.title' },
    },
  ],
  tabs: [{ route: 'records-mine', label: 'records.tab', icon: 'notes-o', order: 50 }],
} satisfies AreaModule
