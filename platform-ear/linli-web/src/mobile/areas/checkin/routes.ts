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
  // No tab of its own (five tabs fit a phone): 活动 leads here, by its 扫码签到 button and from
  // each of my sign-ups whose check-in is open.
} satisfies AreaModule
