import type { AreaModule } from '@/shared/areas'

/** 服务工单: a worker's orders from government service purchase; check in and out on site, photos, the resident's code. */
export default {
  routes: [
    {
      path: '/work-orders',
      name: 'work-orders',
      component: () => import('./views/WorkOrdersView.vue'),
      meta: { title: 'workorders.title' },
    },
    {
      path: '/work-orders/:org/:id',
      name: 'work-order',
      component: () => import('./views/WorkOrderView.vue'),
      meta: { title: 'workorders.order.title' },
    },
  ],
  // No tab of its own (five tabs fit a phone): reached from 我的 and by link.
} satisfies AreaModule
