import { test, expect, screenshot } from '../support/fixtures'
import { demoPassword } from '../support/fixtures'

/**
 * The login service (Keycloak) cannot be reached: the apps say so on a page of their own instead of
 * a blank screen, and "try again" goes to the login once it is back, then to the page asked for.
 * The outage is made in this browser only (its requests to the realm fail), so other tests and the
 * platform are untouched; KeycloakOutageIT stops the real Keycloak for the API side.
 */
const REALM = /\/realms\/linli\//

for (const app of [
  { name: 'console', path: '/orgs/sunshine-sw/members', user: 'staff@sunshine.demo', ready: 'members-table' },
  { name: 'mobile', path: '/m/me', user: 'zhang.wei@volunteer.demo', ready: 'total-hours' },
]) {
  test(`${app.name}: login unavailable is said clearly, and retrying logs in when it is back`, async ({ page, appErrors }) => {
    await page.route(REALM, (route) => route.abort('connectionrefused'))
    await page.goto(app.path)
    await expect(page.getByRole('heading', { name: '登录服务暂时不可用' })).toBeVisible()
    await expect(page.getByText('统一身份认证服务暂时无法连接')).toBeVisible()
    await screenshot(page, `${app.name}-login-unavailable-zh-CN`)
    // Still unreachable: the retry stays on the page.
    await page.getByTestId('login-retry').click()
    await expect(page.getByRole('heading', { name: '登录服务暂时不可用' })).toBeVisible()

    // Back: the retry reaches the login form, and after login the page first asked for opens.
    await page.unroute(REALM)
    await page.getByTestId('login-retry').click()
    await expect(page.locator('#kc-login')).toBeVisible()
    await page.locator('#username').fill(app.user)
    await page.locator('#password').fill(demoPassword())
    await page.locator('#kc-login').click()
    await expect(page.getByTestId(app.ready)).toBeVisible()
    expect(new URL(page.url()).pathname).toBe(app.path)
    // The browser logs the refused requests to the realm while it was "down": expected here.
    appErrors.splice(0, appErrors.length, ...appErrors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED') && !e.includes('Failed to fetch')))
  })
}
