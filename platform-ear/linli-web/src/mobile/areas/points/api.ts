import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type PointsOverview = Schemas['Overview']
export type PointsBalance = Schemas['Balance']
export type MyRedemption = Schemas['MyRedemption']
export type ShopItem = Schemas['ItemView']
export type Redemption = Schemas['RedemptionView']
export type LeaderboardEntry = Schemas['Entry']
export type MyPointsLot = Schemas['MyPointsLot']

/** GET /api/v1/me/points: my balance and redemptions (with pickup codes) in every organization. */
export function fetchMyPoints(): Promise<PointsOverview> {
  return useApi().get('/api/v1/me/points')
}

/** The shop's items (every member reads them). */
export function fetchItems(org: string, cursor: string | null, limit = 50): Promise<Page<ShopItem>> {
  return useApi().get('/api/v1/orgs/{org}/points/items', { path: { org }, query: { limit, cursor } })
}

/** Redeem for myself: stock reserved, points debited, a pickup code returned. */
export function redeem(org: string, itemId: string, quantity: number, idempotencyKey: string): Promise<Redemption> {
  return useApi().post('/api/v1/orgs/{org}/points/redemptions', {
    path: { org },
    body: { itemId, quantity },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

/** One of my redemptions, with its pickup code. */
export function fetchRedemption(org: string, redemptionId: string): Promise<Redemption> {
  return useApi().get('/api/v1/orgs/{org}/points/redemptions/{redemptionId}', { path: { org, redemptionId } })
}

/** Cancel a reserved redemption: stock and points come back, exactly once. */
export function cancelRedemption(org: string, redemptionId: string): Promise<Redemption> {
  return useApi().post('/api/v1/orgs/{org}/points/redemptions/{redemptionId}/cancel', { path: { org, redemptionId } })
}

export function fetchLeaderboard(org: string, year: number, cursor: string | null, limit = 20): Promise<Page<LeaderboardEntry>> {
  return useApi().get('/api/v1/orgs/{org}/points/leaderboard', { path: { org }, query: { year, limit, cursor } })
}

/** Leave (true) or rejoin (false) the leaderboard myself. */
export function setLeaderboardOptOut(org: string, optOut: boolean): Promise<{ optOut?: boolean }> {
  return useApi().put('/api/v1/orgs/{org}/points/leaderboard/participation', { path: { org }, body: { optOut } })
}

/** Whether I have left the organization's leaderboard (my own setting, from any device). */
export function fetchLeaderboardOptOut(org: string): Promise<{ optOut?: boolean }> {
  return useApi().get('/api/v1/orgs/{org}/points/leaderboard/participation', { path: { org } })
}

/** GET /api/v1/me/points/lots: my points still valid, lot by lot, soonest expiry first. */
export function fetchMyPointsLots(cursor: string | null, limit = 100): Promise<Page<MyPointsLot>> {
  return useApi().get('/api/v1/me/points/lots', { query: { limit, cursor } })
}
