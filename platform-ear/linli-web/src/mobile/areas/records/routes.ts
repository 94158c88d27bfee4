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
  // After 我的 (90): `/m/` opens the first tab, and me.spec expects 我的 there.
  tabs: [{ route: 'records-mine', label: 'records.tab', icon: 'notes-o', order: 95 }],
} satisfies AreaModule
