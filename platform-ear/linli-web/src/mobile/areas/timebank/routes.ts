import type { AreaModule } from '@/shared/areas'

/** 时间银行: my hours per organization, family transfers, donations, service requests, 通存通兑. */
export default {
  routes: [
    {
      path: '/timebank',
      name: 'timebank',
      component: () => import('./views/TimeBankView.vue'),
      meta: { title: 'timebank.title' },
    },
    {
      path: '/timebank/:org',
      name: 'timebank-org',
      component: () => import('./views/TimeBankOrgView.vue'),
      meta: { title: 'timebank.org.title' },
    },
    {
      path: '/timebank/:org/transfer',
      name: 'timebank-transfer',
      component: () => import('./views/TransferView.vue'),
      meta: { title: 'timebank.transfer.title' },
    },
    {
      path: '/timebank/:org/donate',
      name: 'timebank-donate',
      component: () => import('./views/DonateView.vue'),
      meta: { title: 'timebank.donate.title' },
    },
    {
      path: '/timebank/:org/request',
      name: 'timebank-request',
      component: () => import('./views/RequestServiceView.vue'),
      meta: { title: 'timebank.request.title' },
    },
    {
      path: '/timebank/:org/elsewhere',
      name: 'timebank-elsewhere',
      component: () => import('./views/RedeemElsewhereView.vue'),
      meta: { title: 'timebank.elsewhere.title' },
    },
  ],
  // After 我的 (90): the start page stays 我的 (me.spec opens /m/ and expects /m/me).
  tabs: [{ route: 'timebank', label: 'timebank.tab', icon: 'clock-o', order: 96 }],
} satisfies AreaModule
