import type { AreaModule } from '@/shared/areas'

/** 签到: check in and out at the venue by the shift's QR code or its six digits, with the phone's position. */
export default {
  routes: [
    {
      path: '/checkin',
      name: 'checkin-scan',
      component: () => import('./views/CheckinView.vue'),
      meta: { title: 'checkin.title' },
    },
    {
      path: '/orgs/:org/shifts/:shiftId/checkin',
      name: 'checkin-shift',
      component: () => import('./views/CheckinView.vue'),
      meta: { title: 'checkin.title' },
    },
  ],
  tabs: [{ route: 'checkin-scan', label: 'checkin.tab', icon: 'scan', order: 20 }],
} satisfies AreaModule
