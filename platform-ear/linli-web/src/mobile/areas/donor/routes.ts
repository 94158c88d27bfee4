import type { AreaModule } from '@/shared/areas'

/**
 * Public pages for donors, no login: where a gift went (the unguessable link of a donation) and
 * the check of a donation receipt (its QR code).
 */
export default {
  routes: [
    {
      path: '/fund-use/:org/:token',
      name: 'donor-fund-use',
      component: () => import('./views/FundUseView.vue'),
      meta: { title: 'donor.fundUse.title', public: true, bare: true },
    },
    {
      path: '/receipts/verify/:org/:code/:number',
      name: 'donor-receipt-check',
      component: () => import('./views/ReceiptCheckView.vue'),
      meta: { title: 'donor.receipt.title', public: true, bare: true },
    },
  ],
} satisfies AreaModule
