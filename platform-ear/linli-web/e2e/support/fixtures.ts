import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'

/**
 * Shared e2e helpers: login through the Keycloak page, screenshots, the accessibility check, and a
 * guard that fails a test when one of the app's pages logs a console error or throws.
 */
export const demoPassword = () => required('LINLI_DEMO_PASSWORD')
export const platformAdminPassword = () => required('LINLI_PLATFORM_ADMIN_PASSWORD')

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set (the e2e tests run through liberty-config/bin/linli test)`)
  return value
}

export const SCREENSHOTS = 'target/screenshots'

export const test = base.extend<{ appErrors: string[] }>({
  appErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = []
      const ours = (url: string | undefined) => !!url && !!baseURL && url.startsWith(baseURL)
      page.on('console', (message) => {
        if (message.type() === 'error' && ours(page.url())) {
          errors.push(`console error on ${page.url()}: ${message.text()}`)
        }
      })
      page.on('pageerror', (error) => {
        if (ours(page.url())) errors.push(`uncaught on ${page.url()}: ${error.message}`)
      })
      await use(errors)
      expect(errors, 'console errors on the app pages').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Opens `path` of the app, which sends the browser to Keycloak; logs in there with the form
 * (authorization code flow with PKCE) and waits until the app shows `path` again.
 */
export async function login(page: Page, path: string, username: string, password = demoPassword()) {
  await page.goto(path)
  await expect(page.locator('#kc-login')).toBeVisible()
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(password)
  await page.locator('#kc-login').click()
  await page.waitForURL((url) => url.pathname !== '/callback' && url.pathname !== '/m/callback' && !url.href.includes('/realms/'))
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** axe-core on the current page: no serious or critical violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)
  expect(bad, `axe violations on ${page.url()}`).toEqual([])
}

/** The access token the app holds (oidc-client-ts keeps the user in sessionStorage). */
export async function appAccessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!
      if (key.startsWith('oidc.user:')) return JSON.parse(sessionStorage.getItem(key)!).access_token as string
    }
    return null
  })
  if (!token) throw new Error('no signed-in user in sessionStorage')
  return token
}


/**
 * The row of `table` holding `text`, pressing "load more" until it shows. Retried as a whole: the
 * button is briefly gone while a page loads and for good after the last one.
 */
export async function rowPagingOn(page: Page, table: string, text: string) {
  const row = page.getByTestId(table).locator('tbody tr').filter({ hasText: text })
  await expect(async () => {
    if ((await row.count()) === 0) {
      const more = page.getByTestId('load-more')
      if (await more.isVisible()) await more.click({ timeout: 2_000 })
    }
    expect(await row.count()).toBeGreaterThan(0)
  }).toPass({ timeout: 60_000 })
  return row
}
