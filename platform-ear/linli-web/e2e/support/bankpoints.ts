import type { Browser, BrowserContext, Page } from '@playwright/test'
import { demoPassword } from './fixtures'

/**
 * Setup helpers for the time bank and points specs: real tokens by the password grant on client
 * `linli-web` (allowed for the demo, never in the browser) and plain API calls, so a test creates
 * the data it changes itself and can run again on the same platform.
 */
const baseUrl = () => process.env.LINLI_TEST_BASE_URL ?? 'http://127.0.0.1:9080'
const keycloakUrl = () => {
  const url = process.env.LINLI_KC_URL
  if (!url) throw new Error('LINLI_KC_URL is not set (the e2e tests run through liberty-config/bin/linli test)')
  return url
}

const tokens = new Map<string, { token: string; until: number }>()

export async function tokenFor(username: string): Promise<string> {
  const cached = tokens.get(username)
  if (cached && cached.until > Date.now()) return cached.token
  const response = await fetch(`${keycloakUrl()}/realms/linli/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'linli-web', username, password: demoPassword() }),
  })
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status} ${await response.text()}`)
  const json = (await response.json()) as { access_token: string; expires_in: number }
  tokens.set(username, { token: json.access_token, until: Date.now() + (json.expires_in - 30) * 1000 })
  return json.access_token
}

export async function api<T = unknown>(
  username: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(baseUrl() + path, {
    method,
    headers: {
      Authorization: `Bearer ${await tokenFor(username)}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}

export const SUNSHINE = 'sunshine-sw'
export const SUNSHINE_NAME = '南京市鼓楼区阳光社会工作服务中心'

/** A name no earlier run used. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`
}

interface PointsOverview {
  balances: { org: string; volunteerId: string; balance: number }[]
  redemptions: { id: string; org: string; itemName: string; pickupCode: string; status: string }[]
}

export function myPoints(username: string): Promise<PointsOverview> {
  return api<PointsOverview>(username, 'GET', '/api/v1/me/points')
}

/** A volunteer's id in an organization, through the staff list (volunteer names are unique in the demo). */
export async function volunteerIdOf(org: string, name: string): Promise<string> {
  let cursor: string | null = null
  for (let i = 0; i < 20; i++) {
    const page: { items: { id: string; name: string }[]; nextCursor: string | null } = await api(
      `admin@${org === SUNSHINE ? 'sunshine' : 'heart'}.demo`,
      'GET',
      `/api/v1/orgs/${org}/volunteers?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    )
    const found = page.items.find((v) => v.name === name)
    if (found) return found.id
    if (!page.nextCursor) break
    cursor = page.nextCursor
  }
  throw new Error(`no volunteer named ${name} in ${org}`)
}

/**
 * Makes sure a volunteer holds at least `points` in sunshine-sw: the org admin awards what is
 * missing (a points adjustment, as staff do for outstanding service). The demo's attended shifts
 * were entered by staff, and staff-entered hours earn no points (ADR 0008).
 */
export async function ensurePoints(username: string, volunteerName: string, points: number): Promise<number> {
  const balance = (await myPoints(username)).balances.find((b) => b.org === SUNSHINE)?.balance ?? 0
  if (balance >= points) return balance
  const volunteerId = await volunteerIdOf(SUNSHINE, volunteerName)
  await api('admin@sunshine.demo', 'POST', `/api/v1/orgs/${SUNSHINE}/volunteers/${volunteerId}/points-adjustments`, {
    points: points - balance,
    reason: 'e2e：积分商城测试奖励',
  }, { 'Idempotency-Key': crypto.randomUUID() })
  return points
}

/** A shop item made by staff through the API (for specs whose subject is not the console). */
export async function createShopItem(name: string, pricePoints: number, stock: number, perPersonLimit = 1): Promise<{ id: string; name: string }> {
  return api('staff@sunshine.demo', 'POST', `/api/v1/orgs/${SUNSHINE}/points/items`, {
    name,
    donor: '鼓楼区惠民超市',
    description: '端到端测试物品',
    pricePoints,
    stock,
    perPersonLimit,
  }, { 'Idempotency-Key': crypto.randomUUID() })
}

/** A phone next to the console in the same test: its own browser context at 390×844. */
export async function phoneContext(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; phone: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  return { context, phone: await context.newPage() }
}
