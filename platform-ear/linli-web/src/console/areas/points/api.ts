import { useApi } from '@/shared/platform'
import type { Schemas } from '@/shared/api/types'
import type { Page } from '@/shared/api/paging'

export type ShopItem = Schemas['ItemView']
export type ItemRequest = Schemas['ItemRequest']
export type ItemPatch = Schemas['ItemPatch']
export type Redemption = Schemas['RedemptionView']
export type RedemptionStatus = Schemas['Status']
export type PointsRules = Schemas['RulesView']
export type PointsRulesRequest = Schemas['RulesRequest']
export type LeaderboardEntry = Schemas['Entry']
export type ExpiryRun = Schemas['ExpiryRunView']
export type Activity = Schemas['ActivityView']

const api = () => useApi()

export function fetchItems(org: string, cursor: string | null, limit = 20): Promise<Page<ShopItem>> {
  return api().get('/api/v1/orgs/{org}/points/items', { path: { org }, query: { limit, cursor } })
}

export function createItem(org: string, body: ItemRequest, idempotencyKey: string): Promise<ShopItem> {
  return api().post('/api/v1/orgs/{org}/points/items', { path: { org }, body, headers: { 'Idempotency-Key': idempotencyKey } })
}

/** PATCH with If-Match: reads the item's current ETag first (412 if someone changed it meanwhile). */
export async function updateItem(org: string, itemId: string, patch: ItemPatch, etag?: string): Promise<ShopItem> {
  let tag = etag
  if (!tag) {
    const response = await api().raw('get', '/api/v1/orgs/{org}/points/items/{itemId}', { path: { org, itemId } })
    tag = response.headers.get('ETag') ?? undefined
  }
  return api().patch('/api/v1/orgs/{org}/points/items/{itemId}', {
    path: { org, itemId },
    body: patch,
    headers: tag ? { 'If-Match': tag } : {},
  })
}

/** The item with its ETag, for an edit form. */
export async function fetchItemForEdit(org: string, itemId: string): Promise<{ item: ShopItem; etag?: string }> {
  const response = await api().raw('get', '/api/v1/orgs/{org}/points/items/{itemId}', { path: { org, itemId } })
  return { item: (await response.json()) as ShopItem, etag: response.headers.get('ETag') ?? undefined }
}

export function restockItem(org: string, itemId: string, quantity: number, idempotencyKey: string): Promise<ShopItem> {
  return api().post('/api/v1/orgs/{org}/points/items/{itemId}/restock', {
    path: { org, itemId },
    body: { quantity },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function fetchRedemptions(
  org: string,
  filters: { status?: RedemptionStatus | ''; volunteerId?: string },
  cursor: string | null,
  limit = 20,
): Promise<Page<Redemption>> {
  return api().get('/api/v1/orgs/{org}/points/redemptions', {
    path: { org },
    query: { status: filters.status || undefined, volunteerId: filters.volunteerId || undefined, limit, cursor },
  })
}

export function fetchRedemption(org: string, redemptionId: string): Promise<Redemption> {
  return api().get('/api/v1/orgs/{org}/points/redemptions/{redemptionId}', { path: { org, redemptionId } })
}

export function pickUp(org: string, redemptionId: string, pickupCode: string): Promise<Redemption> {
  return api().post('/api/v1/orgs/{org}/points/redemptions/{redemptionId}/pickup', {
    path: { org, redemptionId },
    body: { pickupCode },
  })
}

export function cancelRedemption(org: string, redemptionId: string): Promise<Redemption> {
  return api().post('/api/v1/orgs/{org}/points/redemptions/{redemptionId}/cancel', { path: { org, redemptionId } })
}

export function fetchRules(org: string, cursor: string | null, limit = 20): Promise<Page<PointsRules>> {
  return api().get('/api/v1/orgs/{org}/points/rules', { path: { org }, query: { limit, cursor } })
}

export function publishRules(org: string, body: PointsRulesRequest): Promise<PointsRules> {
  return api().post('/api/v1/orgs/{org}/points/rules', { path: { org }, body })
}

export function setActivityBonus(org: string, activityId: string, bonusPoints: number) {
  return api().put('/api/v1/orgs/{org}/points/activity-bonuses/{activityId}', { path: { org, activityId }, body: { bonusPoints } })
}

export function runExpiry(org: string, asOf?: string): Promise<ExpiryRun> {
  return api().post('/api/v1/orgs/{org}/points/expiry-runs', { path: { org }, body: asOf ? { asOf } : {} })
}

export function fetchActivities(org: string, cursor: string | null, limit = 50): Promise<Page<Activity>> {
  return api().get('/api/v1/orgs/{org}/activities', { path: { org }, query: { limit, cursor } })
}

export function fetchLeaderboard(org: string, year: number, cursor: string | null, limit = 20): Promise<Page<LeaderboardEntry>> {
  return api().get('/api/v1/orgs/{org}/points/leaderboard', { path: { org }, query: { year, limit, cursor } })
}
