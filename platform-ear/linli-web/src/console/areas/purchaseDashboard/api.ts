import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type BuyerDashboard = Schemas['BuyerDashboardView']
export type OrderDrill = Schemas['OrderDrillView']
export type Order = Schemas['OrderView']

const api = () => useApi()

export interface DashboardFilter {
  from?: string
  to?: string
  contract?: string
  provider?: string
}

export function fetchDashboard(org: string, f: DashboardFilter): Promise<BuyerDashboard> {
  return api().get('/api/v1/orgs/{org}/purchase-dashboard', {
    path: { org },
    query: {
      from: f.from || undefined,
      to: f.to || undefined,
      contract: f.contract || undefined,
      provider: f.provider || undefined,
    },
  })
}

export function fetchOrderDrill(org: string, orderId: string): Promise<OrderDrill> {
  return api().get('/api/v1/orgs/{org}/purchase-dashboard/orders/{orderId}', { path: { org, orderId } })
}

export function fetchContractOrders(org: string, contract: string, cursor: string | null, limit = 10): Promise<Page<Order>> {
  return api().get('/api/v1/orgs/{org}/service-orders', { path: { org }, query: { contract, limit, cursor } })
}
