import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type Order = Schemas['OrderView']
export type OrderDetail = Schemas['OrderDetailView']

const api = () => useApi()

export function myOrders(org: string): Promise<Page<Order>> {
  return api().get('/api/v1/orgs/{org}/service-orders/mine', { path: { org }, query: { limit: 50 } })
}

export function fetchOrder(org: string, id: string): Promise<OrderDetail> {
  return api().get('/api/v1/orgs/{org}/service-orders/{orderId}', { path: { org, orderId: id } })
}

export function acceptOrder(org: string, id: string): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/accept', { path: { org, orderId: id } })
}

export function checkIn(org: string, id: string, latitude: number, longitude: number): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/check-in', { path: { org, orderId: id }, body: { latitude, longitude } })
}

export function checkOut(org: string, id: string, latitude: number, longitude: number): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/check-out', { path: { org, orderId: id }, body: { latitude, longitude } })
}

export function uploadPhoto(org: string, id: string, file: Blob, stage: string): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/photos', {
    path: { org, orderId: id },
    query: { stage },
    content: { type: file.type || 'application/octet-stream', data: file },
  })
}

export function confirmCode(org: string, id: string, code: string): Promise<OrderDetail> {
  return api().post('/api/v1/orgs/{org}/service-orders/{orderId}/confirmation', { path: { org, orderId: id }, body: { code } })
}
